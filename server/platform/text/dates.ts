// Dates in Chinese reports: full dates in several spellings, month-day and day-only dates that
// take their year and month from the publish date, relative words (近日, 昨日), and dates whose
// 月 or 日 marker a site dropped (425日 for 4月25日).

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral up to 99 (十二, 二十一, 廿三) or a run of digits (二〇二三). */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (/^[〇零一二三四五六七八九]{2,4}$/.test(s)) return Number([...s].map((c) => CN_DIGITS[c]).join(''));
  const m = /^([一二三四五六七八九])?(十|廿|卅)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s.length === 0) return null;
  const tensWord = m[2];
  if (!tensWord) return m[1] && !m[3] ? CN_DIGITS[m[1]] : null;
  const tens = tensWord === '廿' ? 2 : tensWord === '卅' ? 3 : m[1] ? CN_DIGITS[m[1]] : 1;
  if (tensWord !== '十' && m[1]) return null;
  return tens * 10 + (m[3] ? CN_DIGITS[m[3]] : 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD when the parts make a real calendar date, otherwise null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The date `days` after an ISO date (negative for before). */
export function addDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A date written as 2024/4/25 14:57, 2023.12.12, 2023-12-21, 2023年12月21日 or 二〇二三年十二月二十一日. */
export function parseLooseDate(s: string): string | null {
  const t = s.trim();
  let m = /(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日/.exec(t);
  if (m) {
    const [y, mo, d] = [chineseNumber(m[1]), chineseNumber(m[2]), chineseNumber(m[3])];
    return y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
  }
  m = /(20\d{2})(\d{2})(\d{2})/.exec(t);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** A repaired date marker: what the text said and what it now says. */
export interface DateRepair {
  from: string;
  to: string;
}

const BOUNDARY_BEFORE = '(?<=^|[\\s，,。；;：:、（(）)”“\\n])';
// Built once: a day written without its 月 (425日) and a year run into its month (20244月).
const DAY_WITHOUT_MONTH = new RegExp(`${BOUNDARY_BEFORE}(\\d{3,4})日`, 'g');
const YEAR_WITHOUT_MARKER = new RegExp(`${BOUNDARY_BEFORE}(20\\d{2})(1[0-2]|[1-9])月`, 'g');

/**
 * Puts back a 月, 日 or 年 marker a site dropped, when the digits allow one reading only (with
 * the publish date deciding between readings such as 111日 = 1月11日 or 11月1日).
 */
export function repairDateMarkers(text: string, publishDate: string | null): { text: string; repairs: DateRepair[] } {
  const repairs: DateRepair[] = [];
  const pYear = publishDate ? Number(publishDate.slice(0, 4)) : null;
  // Days between the reading and the publish date (a report follows its event), or null when implausible.
  const distance = (mo: number, d: number): number | null => {
    if (!publishDate || pYear === null) return isoDate(2024, mo, d) !== null ? 0 : null;
    let best: number | null = null;
    for (const y of [pYear, pYear - 1]) {
      const iso = isoDate(y, mo, d);
      if (!iso || iso > addDays(publishDate, 1)) continue;
      const gap = daysBetween(iso, publishDate);
      if (gap <= 120 && (best === null || gap < best)) best = gap;
    }
    return best;
  };
  const plausible = (mo: number, d: number): boolean => distance(mo, d) !== null;
  let out = text.replace(DAY_WITHOUT_MONTH, (whole, digits: string) => {
    let readings: [number, number, number][] = [];
    for (let cut = 1; cut <= 2; cut++) {
      const mo = Number(digits.slice(0, cut));
      const d = Number(digits.slice(cut));
      const gap = digits.slice(cut).length <= 2 && digits[cut] !== '0' ? distance(mo, d) : null;
      if (gap !== null) readings.push([mo, d, gap]);
    }
    // Two readings: the one within a month of the publish date, if only one is.
    if (readings.length > 1 && publishDate) readings = readings.filter((r) => r[2] <= 31);
    if (readings.length !== 1) return whole;
    const to = `${readings[0][0]}月${readings[0][1]}日`;
    repairs.push({ from: whole, to });
    return to;
  });
  out = out.replace(/(\d{1,2})月(\d{1,2})(?=上午|下午|晚上|晚|早上|中午|凌晨|[，,、\s])/g, (whole, mo: string, d: string, offset: number, all: string) => {
    if (/\d/.test(all[offset - 1] ?? '') || !plausible(Number(mo), Number(d))) return whole;
    const to = `${mo}月${d}日`;
    repairs.push({ from: whole, to });
    return to;
  });
  out = out.replace(YEAR_WITHOUT_MARKER, (whole, y: string, mo: string) => {
    const to = `${y}年${mo}月`;
    repairs.push({ from: whole, to });
    return to;
  });
  return { text: out, repairs };
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 0, 天: 0 };
const DATE_EXPR = new RegExp(
  [
    '(?<ymd>(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号])',
    '(?<iso>(?<![\\d.])(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?![\\d.]))',
    '(?<cnymd>([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十廿卅]{1,3})日)',
    '(?<md>(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:[-—–～~]\\s*\\d{1,2}\\s*)?[日号])',
    '(?<cnmd>(?<![年〇零一二三四五六七八九十])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十廿卅]{1,3})日)',
    `(?<d>${BOUNDARY_BEFORE}(\\d{1,2})日(?=上午|下午|晚上|晚|早上|中午|凌晨|[，,\\s]))`,
    // 日前 in 知识产权日前夕 is not a date: a relative word starts a phrase.
    '(?<rel>(?:近日|(?<=^|[^\\u4e00-\\u9fff]|于|在)日前|近期|昨日|昨天|前日|前天|今日|今天|当天|当日|上周[一二三四五六日天]|本周[一二三四五六日天]|周[一二三四五六日天]))',
  ].join('|'),
  'g',
);
const DEADLINE_AFTER = /^\s*(?:前|以前|之前|止|截止|以来|起|至今)/;

/** Where a date's year and month come from when the text leaves them out. */
export interface DateContext {
  publishDate: string | null;
  /** A year the same sentence or the title names (2022年坪山区知识产权峰会), used when there is no publish date. */
  yearHint: number | null;
}

function withYear(mo: number, d: number, ctx: DateContext): string | null {
  if (ctx.publishDate) {
    const py = Number(ctx.publishDate.slice(0, 4));
    const same = isoDate(py, mo, d);
    // An event is reported after it happens: a month-day after the publish date is last year's.
    if (same && same <= addDays(ctx.publishDate, 1)) return same;
    return isoDate(py - 1, mo, d);
  }
  return ctx.yearHint ? isoDate(ctx.yearHint, mo, d) : null;
}

function relative(word: string, publishDate: string | null): string | null {
  if (!publishDate) return null;
  if (/^(?:近日|日前|近期|今日|今天|当天|当日)$/.test(word)) return publishDate;
  if (/^(?:昨日|昨天)$/.test(word)) return addDays(publishDate, -1);
  if (/^(?:前日|前天)$/.test(word)) return addDays(publishDate, -2);
  const dow = new Date(`${publishDate}T00:00:00Z`).getUTCDay();
  const target = WEEKDAYS[word.slice(-1)];
  if (target === undefined) return null;
  const monday = addDays(publishDate, -((dow + 6) % 7));
  const offset = (target + 6) % 7;
  if (word.startsWith('上周')) return addDays(monday, offset - 7);
  const inWeek = addDays(monday, offset);
  // A bare 周五 in a report means the latest such day up to the publish date.
  return word.startsWith('本周') || inWeek <= publishDate ? inWeek : addDays(inWeek, -7);
}

/** How a date was read: written in full, a month-day given its year by the context, or a relative word (近日). */
export type DateBasis = 'full' | 'monthDay' | 'relative';

/** The first date in `text` that pins down a day, resolved against the context; null when none can be. */
export function firstEventDate(text: string, ctx: DateContext): string | null {
  return firstEventDateRead(text, ctx)?.date ?? null;
}

/** The first event date with how it was read, or null. */
export function firstEventDateRead(text: string, ctx: DateContext): { date: string; basis: DateBasis } | null {
  DATE_EXPR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_EXPR.exec(text))) {
    const g = m.groups ?? {};
    if (DEADLINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    let date: string | null = null;
    if (g.ymd) date = isoDate(Number(m[2]), Number(m[3]), Number(m[4]));
    else if (g.iso) date = isoDate(Number(m[6]), Number(m[7]), Number(m[8]));
    else if (g.cnymd) {
      const [y, mo, d] = [chineseNumber(m[10]), chineseNumber(m[11]), chineseNumber(m[12])];
      date = y !== null && mo !== null && d !== null ? isoDate(y, mo, d) : null;
    } else if (g.md) date = withYear(Number(m[14]), Number(m[15]), ctx);
    else if (g.cnmd) {
      const [mo, d] = [chineseNumber(m[17]), chineseNumber(m[18])];
      date = mo !== null && d !== null ? withYear(mo, d, ctx) : null;
    } else if (g.d) {
      if (!ctx.publishDate) return null;
      const [py, pm] = [Number(ctx.publishDate.slice(0, 4)), Number(ctx.publishDate.slice(5, 7))];
      const day = Number(m[20]);
      date = isoDate(py, pm, day);
      if (!date || date > ctx.publishDate) date = pm === 1 ? isoDate(py - 1, 12, day) : isoDate(py, pm - 1, day);
    } else if (g.rel) date = relative(g.rel, ctx.publishDate);
    if (!date) return null;
    return { date, basis: g.rel ? 'relative' : g.ymd || g.iso || g.cnymd ? 'full' : 'monthDay' };
  }
  return null;
}
