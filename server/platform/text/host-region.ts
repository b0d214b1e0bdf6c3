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

// Where the event took place, said outright (在杭州举办, 在京开幕, 于泉州市举行): it outweighs
// every place the report merely names (the speakers' provinces, a university in Shanghai).
const VENUE = /(?:在|于|赴)([^，。；、\s“”（）()]{1,24}?)(?:隆重|正式|成功|顺利|盛大)?(?:举行|举办|召开|开幕|开班|启动|拉开|揭牌|签约|签署|发布)/g;
// 在开幕式期间与广东省知识产权局签署 names a party, not a place.
const NOT_VENUE = /与|和|同|向|对|为|期间|之际|时|上/;
const VENUE_WEIGHT = 6;
// One-character names of cities in 在京开幕, 在沪召开, and a few names the gazetteer lacks.
const VENUE_ALIASES: Record<string, string> = {
  京: '110000', 沪: '310000', 津: '120000', 渝: '500000', 穗: '440100', 深: '440300', 杭: '330100', 蓉: '510100', 汉: '420100', 榕: '350100',
  甬: '330200', 厦: '350200', 肥: '340100', 宁: '320100', 锡: '320200', 郑: '410100', 绵: '510700', 港: '810000', 本港: '810000', 澳: '820000',
  台北: '710000', 台北市: '710000', 高雄: '710000',
};
// A place at the start of a media name (上海证券报, 黑龙江日报) is the publisher, not the host.
const MEDIA_AFTER = /^(?:日报|晚报|商报|证券报|新闻网|电视台|广播电视台|新闻|网讯|网)/;

/** The place a sentence says the event was held in, or null. */
export function venueOf(text: string): string | null {
  for (const m of text.matchAll(VENUE)) {
    const phrase = m[1].replace(/^(?:中国|我国)/, '');
    if (VENUE_ALIASES[phrase]) return VENUE_ALIASES[phrase];
    if (NOT_VENUE.test(phrase)) continue;
    const mentions = findPlaceMentions(phrase).filter((x) => x.codes.length === 1 && (x.full || placeOf(x.codes[0])?.level !== 'county'));
    if (mentions.length > 0) return mentions[mentions.length - 1].codes[0];
  }
  return null;
}

/** A venue named only by its province (在广西科技馆举行) is in the city of the dateline (广西新闻网南宁…讯). */
export function venueWithDateline(venue: string | null, datelinePlace: string | null): string | null {
  if (!venue || !datelinePlace || placeOf(venue)?.level !== 'province') return venue;
  const city = findPlaceMentions(datelinePlace).find((m) => m.codes.length === 1 && isUnder(m.codes[0], venue) && m.codes[0] !== venue);
  return city ? city.codes[0] : venue;
}

/** Drops mentions that start a media outlet's name. */
export function withoutMediaNames(text: string, mentions: PlaceMention[]): PlaceMention[] {
  return mentions.filter((m) => !MEDIA_AFTER.test(text.slice(m.end, m.end + 5)));
}

const NARROW_SHARE = 0.5;
// 我市 / 全市 / 本市 … refer to the city the report is from; they count only once the text names it.
const OUR_CITY = /(?:我市|全市|本市|市委|市政府|市人民政府)/g;
const OUR_DISTRICT = /(?:我区|全区|本区|区委|区政府|区人民政府)/g;

/** Resolved mentions with their weight; a name that fits several places is settled by the other places named. */
export function placeScores(parts: TextPart[], venue: string | null = null): Map<string, number> {
  const all: { m: PlaceMention; weight: number }[] = [];
  for (const p of parts) for (const m of p.mentions ?? findPlaceMentions(p.text)) all.push({ m, weight: p.weight });
  if (venue) all.push({ m: { start: 0, end: 0, codes: [venue], full: true }, weight: VENUE_WEIGHT });
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

function isProvince(code: string): boolean {
  return placeOf(code)?.level === 'province' && !['110000', '120000', '310000', '500000'].includes(code);
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
export function hostRegion(parts: TextPart[], venue: string | null = null): RegionRef | null {
  const scores = placeScores(parts, venue);
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
    } else if (ranked.length > 1 && (bestScore === runnerUp || (!venue && isProvince(bestCode) && isProvince(ranked[1][0]) && runnerUp >= bestScore * 0.6))) {
      // Two provinces named about equally (an inter-provincial signing) and no venue: no single host.
      break;
    }
    current = bestCode;
  }
  return current ? { code: current, name: displayName(current) } : null;
}

/** The place named last in `context` (the nearest before a statistic), read in the light of the report's region; `known` are its place mentions when the caller has them. */
export function regionOfMention(context: string, host: RegionRef | null, known?: PlaceMention[]): RegionRef | null {
  const mentions = known ?? findPlaceMentions(context);
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
