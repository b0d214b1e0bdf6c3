import { ConfigProvider, Grid } from 'antd';
import type { ReactNode } from 'react';

/** Below this width (antd's `md` breakpoint) the app lays itself out for a phone. */
export const PHONE_MAX_WIDTH = 767;

/**
 * True on a phone-sized screen. antd's breakpoints arrive after the first render, so until then the
 * media query answers, and a phone never draws the desktop frame first.
 */
export function usePhone(): boolean {
  const screens = Grid.useBreakpoint();
  if (screens.md !== undefined) return !screens.md;
  return typeof window !== 'undefined' && window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`).matches;
}

/**
 * antd defaults for a phone, for everything inside: tables scroll inside their own box instead of
 * squeezing their columns to a character each or widening the page (a table's own `scroll` still wins).
 */
export function PhoneDefaults({ children }: { children: ReactNode }) {
  const phone = usePhone();
  if (!phone) return children;
  return <ConfigProvider table={{ scroll: { x: 'max-content' } }}>{children}</ConfigProvider>;
}
