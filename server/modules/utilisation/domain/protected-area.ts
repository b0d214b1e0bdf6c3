import { regionPrefix } from '../../../../common/region';

/** True when a region lies inside a GI's protected area (any listed region, its districts included). */
export function insideProtectedArea(area: readonly string[], regionCode: string): boolean {
  return area.some((code) => regionCode.startsWith(regionPrefix(code)));
}
