import { displayName, findPlaceMentions, isUnder, type PlaceMention, placeOf } from './gazetteer';

// The region a report is about: the place it names most, weighted toward the title and the
// lead, narrowed from province to city to district only while the narrower place carries the
// report (坪山区 in a Pingshan summit report, but not 福田 in a Shenzhen report that lists five
// districts once each).

export interface RegionRef {
  code: string;
  name: string;
}

export interface TextPart {
  text: string;
  weight: number;
  /** Place mentions of `text` when the caller has them already (they are the costly part). */
  mentions?: PlaceMention[];
}

const NARROW_SHARE = 0.5;
// 我市 / 全市 / 本市 … refer to the city the report is from; they count only once the text names it.
const OUR_CITY = /(?:我市|全市|本市|市委|市政府|市人民政府)/g;
const OUR_DISTRICT = /(?:我区|全区|本区|区委|区政府|区人民政府)/g;

/** Resolved mentions with their weight; a name that fits several places is settled by the other places named. */
export function placeScores(parts: TextPart[]): Map<string, number> {
  const all: { m: PlaceMention; weight: number }[] = [];
  for (const p of parts) for (const m of p.mentions ?? findPlaceMentions(p.text)) all.push({ m, weight: p.weight });
  const named = new Set<string>();
  for (const { m } of all) if (m.codes.length === 1 && (m.full || placeOf(m.codes[0])?.level !== 'county')) named.add(m.codes[0]);
  const ancestorNamed = (code: string): boolean => {
    let p = placeOf(code)?.parent;
    while (p) {
      if (named.has(p)) return true;
      p = placeOf(p)?.parent;
    }
    return false;
  };
  const scores = new Map<string, number>();
  for (const { m, weight } of all) {
    let codes = m.codes;
    if (codes.length > 1) {
      const withParent = codes.filter(ancestorNamed);
      if (withParent.length === 1) codes = withParent;
      else {
        // Homonyms at different levels (吉林省/吉林市): the higher level, unless context decides.
        const levels = codes.map((c) => placeOf(c)?.level);
        const top = codes.filter((_, i) => levels[i] === 'province');
        if (top.length === 1) codes = top;
        else continue;
      }
    }
    const code = codes[0];
    const place = placeOf(code);
    if (!place) continue;
    if (place.level === 'county') {
      // A short or two-character county name (坪山, 和县) counts once its city is named or it is named in full elsewhere.
      const weak = !m.full || place.name.length <= 2;
      const namedInFull = named.has(code) && place.name.length > 2;
      if (weak && !ancestorNamed(code) && !namedInFull) continue;
    }
    scores.set(code, (scores.get(code) ?? 0) + weight);
  }
  return scores;
}

function subtreeScore(scores: Map<string, number>, code: string): number {
  let total = 0;
  for (const [c, s] of scores) if (isUnder(c, code)) total += s;
  return total;
}

function childOf(code: string, ancestor: string | null): string | null {
  // The ancestor's direct child on the path to `code` (or the top level when ancestor is null).
  let c: string | null = code;
  while (c) {
    const parent: string | null = placeOf(c)?.parent ?? null;
    if (parent === ancestor) return c;
    c = parent;
  }
  return null;
}

/** The region the report is about, or null when it names no place it can be pinned to. */
export function hostRegion(parts: TextPart[]): RegionRef | null {
  const scores = placeScores(parts);
  if (scores.size === 0) return null;
  const cityWords = parts.reduce((n, p) => n + (p.text.match(OUR_CITY)?.length ?? 0) * p.weight, 0);
  const districtWords = parts.reduce((n, p) => n + (p.text.match(OUR_DISTRICT)?.length ?? 0) * p.weight, 0);
  let current: string | null = null;
  for (let depth = 0; depth < 3; depth++) {
    const children = new Map<string, number>();
    for (const code of scores.keys()) {
      const child = childOf(code, current);
      if (child && !children.has(child)) children.set(child, subtreeScore(scores, child));
    }
    const ranked = [...children].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) break;
    const [bestCode, bestScore] = ranked[0];
    const runnerUp = ranked[1]?.[1] ?? 0;
    const bestName = placeOf(bestCode)?.name ?? '';
    // 我市 / 全市 speak of a city (天门市 included), 我区 / 全区 of a district.
    const bonus = /市$/.test(bestName) ? cityWords : /[区县旗]$/.test(bestName) ? districtWords : 0;
    if (current !== null) {
      const own = (scores.get(current) ?? 0) + (placeOf(current)?.level === 'city' ? cityWords : 0);
      // Narrow only to a place that carries the report and clearly leads its siblings.
      const carries = bestScore + bonus >= NARROW_SHARE * own && (own === 0 || bestScore >= 2);
      const leads = runnerUp === 0 || bestScore > runnerUp * 1.5;
      if (!carries || !leads) break;
    } else if (ranked.length > 1 && bestScore === runnerUp) {
      break;
    }
    current = bestCode;
  }
  return current ? { code: current, name: displayName(current) } : null;
}

/** The place named last in `context` (the nearest before a statistic), read in the light of the report's region. */
export function regionOfMention(context: string, host: RegionRef | null): RegionRef | null {
  const mentions = findPlaceMentions(context);
  const related = (code: string) => !!host && (isUnder(code, host.code) || isUnder(host.code, code));
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const codes = m.codes.length > 1 && host ? m.codes.filter(related) : m.codes;
    if (codes.length !== 1) continue;
    if (placeOf(codes[0])?.level === 'county' && !m.full && !related(codes[0])) continue;
    return { code: codes[0], name: displayName(codes[0]) };
  }
  return null;
}
