import { regionPrefix } from '../../../../common/region';

/**
 * The window that serves an enterprise of this region: of the windows whose region contains it, the
 * one nearest to it (a district's sub-window before the city's centre); the first set up on a tie.
 */
export function nearestWindow<W extends { region_code: string }>(windows: readonly W[], regionCode: string): W | null {
  let best: W | null = null;
  for (const w of windows) {
    const prefix = regionPrefix(w.region_code);
    if (!regionCode.startsWith(prefix)) continue;
    if (!best || prefix.length > regionPrefix(best.region_code).length) best = w;
  }
  return best;
}
