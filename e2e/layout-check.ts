import type { Page } from '@playwright/test';

/** The phone the layout tests and screenshots use: 390 × 844 CSS pixels, touch, mobile viewport. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;

/**
 * What is wrong with the page's layout at the current width, one line per problem (empty when nothing is):
 * the document scrolls sideways, an element reaches past the right edge outside any box that scrolls or
 * clips it, or a visible text container is narrower than three of its own characters while its text wraps
 * or is cut (the "one character per line" column).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // A mobile browser widens its layout viewport to fit a page that overflows, so the window's own width
  // cannot be the yardstick: the device's is.
  const vw = page.viewportSize()?.width ?? 390;
  return page.evaluate((vw) => {
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > vw || window.innerWidth > vw) problems.push(`the page is ${Math.max(root.scrollWidth, window.innerWidth)}px wide on a ${vw}px screen`);
    const name = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      const cls = typeof el.className === 'string' ? el.className.split(' ').filter(Boolean).slice(0, 2).join('.') : '';
      return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> "${text}"`;
    };
    // A box that scrolls or clips sideways keeps what overflows it inside itself.
    const clippedBy = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible' && p.getBoundingClientRect().right <= vw + 1) return true;
      }
      return false;
    };
    const hasOwnText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
    const reported = new Set<Element>();
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.position === 'fixed' && r.left >= vw) continue; // a closed off-canvas panel
      if (r.right > vw + 1 && !clippedBy(el)) {
        reported.add(el);
        // The outermost element that overflows names the problem; its descendants overflow with it.
        if (!(el.parentElement && reported.has(el.parentElement))) problems.push(`${name(el)} reaches ${Math.round(r.right)}px, past the ${vw}px screen`);
      }
      if (!hasOwnText(el) || clippedBy(el) && r.right > vw) continue;
      const em = parseFloat(style.fontSize) || 14;
      const text = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').trim();
      const line = parseFloat(style.lineHeight) || em * 1.5;
      const wraps = r.height > line * 2.2 || el.scrollWidth > el.clientWidth + 1;
      if ([...text].length >= 3 && r.width < em * 3 && wraps) problems.push(`${name(el)} is ${Math.round(r.width)}px wide (${(r.width / em).toFixed(1)} characters)`);
    }
    return problems;
  }, vw);
}
