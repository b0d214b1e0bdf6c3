import { chineseNumber } from './dates';
import { paragraphs } from './clauses';

// Numbers a report states: indicator figures (国内专利授权量23.51万件), how many attended (40余人,
// 近100人) and how many watched online (6.2万人次).

/** A figure a report states, with the place in the text where it was found. */
export interface StatedFigure {
  indicator: string;
  value: number;
  unit: string;
  /** Offset of the number in the text. */
  index: number;
  /** Up to 600 characters of the paragraph before the figure (for finding its year and place). */
  context: string;
}

const MULTIPLIERS: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

/** `digits` × 10^`shift`, computed on the decimal string so 23.51万 is exactly 235100. */
export function scaleDecimal(digits: string, shift: number): number {
  const [int, frac = ''] = digits.split('.');
  if (shift <= 0) return Number(digits);
  const moved = frac.padEnd(shift, '0');
  const whole = int + moved.slice(0, shift);
  const rest = moved.slice(shift);
  return Number(rest ? `${whole}.${rest}` : whole);
}

/** How much of the paragraph before a figure its context holds. */
export const FIGURE_CONTEXT_CHARS = 600;
const ATTENDANCE_WORDS = /参会|与会|参加|出席|观看|线上|在线|直播|参训|到会/;
const FIGURE = /(\d+(?:\.\d+)?)\s*(万亿|万|亿|千)?\s*(件次|人次|件|个|家|项|户|笔|次|元|%|个百分点)/g;
const MEASURE_END = /(?:量|数|额|率|比重|占比|规模|增幅|增速|总数|总量|总额|指数|产值|收入|金额|授权|申请|注册|登记|专利|商标|案件|案例|企业数|的企业)$/;
// A growth rate alone (同比增长21%, 商标注册同比分别增长17.3%) is a change, not a level of an indicator.
const GROWTH = /(?:同比|环比|比上年|较上年|比去年)?(?:分别)?(?:增长|增幅|增速|下降|提高|提升|上升|减少)(?:了)?$/;
// Targets (计划到2025年…达到2.2万件) are not what the report states as achieved.
const TARGET = /计划|目标|力争|预计|预期|到20\d{2}年/;
const PERCENT_END = /(?:率|比重|占比|增长|增幅|增速|下降|提高|提升|同比|环比)$/;
const LEAD_WORDS = /^(?:年|年度|其中|全市|全区|全省|全国|我国|我省|我市|本市|我区|本区|共有|共计|累计|新增了?|实现|完成|达到|达成|全年|当年|今年|去年|同期|截至目前|目前|已|共|均|以上|超过)+/;
const TAIL_WORDS = /(?:为|达|达到了?|达至|是|共|共计|累计|约|近|超过|突破|逾|增至|增长至|提高到|提升至|分别为|分别达)+$/;

function sentenceBefore(p: string, at: number): string {
  const start = Math.max(p.lastIndexOf('。', at), p.lastIndexOf('；', at), 0);
  return p.slice(start, at);
}

/** Indicator figures: a measure phrase (…量, …率, …额) straight before a number with a unit. */
export function findFigures(text: string, placeNames: (s: string) => string): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const para of paragraphs(text)) {
    const p = para.text;
    FIGURE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FIGURE.exec(p))) {
      const at = m.index;
      // A number in brackets is a reference value (全国平均水平（11.8件）), not the report's own figure.
      if (p[at - 1] === '（' || p[at - 1] === '(') continue;
      let back = at;
      while (back > 0 && !/[，。；、：（）“”\d\s,;:()!?！？]/.test(p[back - 1]) && at - back < 40) back--;
      let indicator = p.slice(back, at).replace(TAIL_WORDS, '');
      indicator = placeNames(indicator.replace(LEAD_WORDS, '')).replace(LEAD_WORDS, '');
      const unit = m[3];
      // Attendance and audiences are the meeting's own numbers, not indicators; 人次 counts people, not IP.
      if (indicator.length < 2 || indicator.length > 30 || ATTENDANCE_WORDS.test(indicator) || unit === '人次') continue;
      if ((unit === '%' || unit === '个百分点') && GROWTH.test(indicator)) continue;
      // 突破400万件的国家 describes something else; a figure in a sentence of targets is not achieved.
      if (p[at + m[0].length] === '的' || TARGET.test(sentenceBefore(p, at))) continue;
      if (unit === '%' || unit === '个百分点' ? !PERCENT_END.test(indicator) && !MEASURE_END.test(indicator) : !MEASURE_END.test(indicator)) continue;
      const shift = m[2] ? [...m[2]].reduce((n, c) => n + (MULTIPLIERS[c] ?? 0), 0) : 0;
      const baseUnit = unit === '元' && m[2] ? '元' : unit;
      // The year and place of a figure are named shortly before it; a bounded window keeps long paragraphs linear.
      out.push({ indicator, value: scaleDecimal(m[1], shift), unit: baseUnit, index: para.start + at, context: p.slice(Math.max(0, at - FIGURE_CONTEXT_CHARS), at) });
    }
  }
  return out;
}

const COUNT = /(近|约|共|逾|超过|共计|将近)?(\d+|[一二三四五六七八九十百千两]+)(余|多)?\s*(万)?\s*(?:(人次)|人|(?:名|位)(?:[\u4e00-\u9fff]{0,4}?(?:代表|嘉宾|学员|同志|专家|人员|企业家|负责人))?)/g;
const ATTEND = /^(?:[^，。；]{0,18}?)(?:参加|出席|参会|与会|到会|列席|参与|齐聚|参观|观摩)/;
const ATTEND_BEFORE = /(?:参会人员|与会人员|参加人员|参会人数|与会人数|出席人员|参会代表|参训人员|参加培训)[^，。；]{0,8}$/;
const COUNT_WORD = /[人名位]/;
const ONLINE = /(?:线上|在线|网上|网络|直播|云端|同步直播|观看|网友|点击)/;

function countValue(digits: string): number | null {
  if (/^\d+$/.test(digits)) return Number(digits);
  if (digits === '百') return 100;
  if (digits === '千') return 1000;
  const hundreds = /^([一二三四五六七八九两])?百([一二三四五六七八九])?(?:十)?$/.exec(digits);
  if (hundreds) return (hundreds[1] ? (chineseNumber(hundreds[1] === '两' ? '二' : hundreds[1]) ?? 1) : 1) * 100 + (hundreds[2] ? (chineseNumber(hundreds[2]) ?? 0) * 10 : 0);
  return chineseNumber(digits);
}

/** How many attended in person (40余人参加 → 40, 近100人 → 100); online audiences do not count. */
export function findAttendeeCount(text: string): number | null {
  // 1 600人: a thin or plain space between thousands.
  const joined = text.replace(/(\d)[ \u2009\u202f](\d{3})(?!\d)/g, '$1$2');
  for (const sentence of joined.split(/[。；\n]/)) {
    // Every count ends in 人, 名 or 位.
    if (!COUNT_WORD.test(sentence)) continue;
    COUNT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = COUNT.exec(sentence))) {
      if (m[5] === '人次' || m[4]) continue;
      const before = sentence.slice(Math.max(0, m.index - 16), m.index);
      const clauseBefore = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 24);
      if (ONLINE.test(clauseBefore) || ONLINE.test(after.slice(0, 4))) continue;
      // 来自…等500余名代表: a clause that opens with 来自 lists who came.
      const cameFrom = /^来自/.test(sentence.slice(sentence.lastIndexOf('，', m.index) + 1));
      if (!ATTEND.test(after) && !ATTEND_BEFORE.test(before) && !cameFrom) continue;
      const n = countValue(m[2]);
      if (n !== null && n > 0) return n;
    }
  }
  return null;
}

const AUDIENCE = /(\d+(?:\.\d+)?)\s*(万|亿)?\s*(?:余|多)?\s*(人次|人|次)/g;
const AUDIENCE_WORD = /[人次]/;

/** The online audience (线上参会人数达6.2万人次 → 62000), or null. */
export function findOnlineAudience(text: string): number | null {
  for (const sentence of text.split(/[。；\n]/)) {
    // Every audience ends in 人 or 次.
    if (!AUDIENCE_WORD.test(sentence)) continue;
    AUDIENCE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AUDIENCE.exec(sentence))) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index);
      const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','));
      if (!ONLINE.test(before.slice(clauseStart + 1))) continue;
      return scaleDecimal(m[1], m[2] ? MULTIPLIERS[m[2]] : 0);
    }
  }
  return null;
}
