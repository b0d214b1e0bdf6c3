import { asSplit, type Span, type SplitText, splitOutsideBrackets, splitText } from './clauses';
import { findPlaceMentions, type PlaceMention } from './gazetteer';

// Organisation names: a run that starts at a place name or a state prefix (深圳市, 市, 国家,
// 中共) and ends at an organisation word (管理局, 人民法院, 保护中心, 有限公司…). Two names
// written back to back are split (…坪山监管局坪山区人民法院), unless the second is a branch of
// the first (中国银行天门分行, 深圳市市场监管局坪山监管局).

/** Organisation words, with what must not follow them (局长 is a title, 部署 a verb, 中心城区 a place). */
const SUFFIX_TABLE: [string, string][] = [
  ['有限责任公司', ''], ['股份有限公司', ''], ['有限公司', ''], ['公司', '司'], ['集团', ''], ['银行', ''], ['分行', '长'], ['支行', '长'],
  ['海关', ''], ['人民政府', ''], ['政府', ''], ['政协', '委'], ['人大常委会', ''], ['常委会', ''], ['管委会', ''], ['委员会', ''],
  ['人民法院', ''], ['法院', '长'], ['人民检察院', ''], ['检察院', '长'], ['大学', '生'], ['学院', '长'], ['研究院', '长'], ['研究所', '长'],
  ['事务所', '长'], ['中心', '城 区 任务 工作 思想 环节 节点'], ['分中心', ''], ['窗口', '期'], ['工作站', '长'], ['服务站', '长'], ['领导小组', ''],
  ['办公室', ''], ['协会', '长'], ['学会', '长'], ['联合会', '长'], ['商会', '长'], ['促进会', '长'], ['研究会', '长'], ['基金会', '长'],
  ['联盟', ''], ['报社', '长'], ['电视台', '长'], ['出版社', '长'], ['监管局', '长'], ['管理局', '长'], ['公安局', '长'], ['司法局', '长'],
  ['局', '长 面 势 限 部'], ['厅', '长 级'], ['部', '长 署 门 分 队 位 件 委'], ['统战部', '长'], ['党委', '书 委 员'], ['市委', '书 副 常 委 员 会'],
  ['区委', '书 副 常 委 员 会'], ['省委', '书 副 常 委 员 会'], ['县委', '书 副 常 委 员 会'], ['政法委', '书 副 员'], ['发改委', '主 副'], ['中央', '委'],
  ['政府办', ''], ['市委办', ''], ['总署', '长'], ['分局', '长'], ['派出所', '长'],
];
const SUFFIXES: [string, string[]][] = SUFFIX_TABLE.map(([s, not]) => [s, not.split(' ').filter(Boolean)]);
const NOT_BEFORE_JU = codeSet('格布大全结开时僵变残骗饭棋战定破终败当困新');
// Words that end the text before an organisation name (…成员单位代表深圳市公安局).
const BREAK_WORDS = /代表|作为|组织|召开|举行|举办|签署|发布|成立|联合|会同|牵头|共同|分别|通过|获得|入选|荣获|启动|介绍|出席|参加|主办|承办|协办|指导|支持|邀请|委托|依托|联合|携手|推动|组建|设立/g;
const GENERIC_START = /^(?:行业|相关|有关|各|该|本|其他|其它|企业|高校|银行|金融|服务|重点|主要|国内|国外|海外|民营|龙头|地方|基层|上级|下级)/;
const BRANCH = /(?:监管局|分局|分行|支行|分中心|分窗口|窗口|工作站|服务站|分院|分所|办事处|派出所|分会)$/;
const STATE_PREFIXES = ['中华人民共和国', '最高人民', '国务院', '国家', '中国', '中共', '全国', '中央', '民进', '民盟', '民革', '民建', '农工党', '致公党', '九三学社', '台盟', '共青团', '团市委'];
const LOCAL_PREFIX = codeSet('市区省县州镇乡');
const LIST_JOINERS = codeSet('和与及同');
// Characters that do not occur inside an organisation name before its suffix.
const BREAKERS = codeSet('了的在是为对将把被从到于向由等并也就都还又该此其这那要及与和');
const STRONG = /(?:有限公司|公司|集团|银行|分行|支行|大学|学院|研究院|研究所|事务所|协会|学会|联合会|商会|海关|报社|电视台|出版社)$/;
/** Characters as a set of their codes: every position of a chunk is tested, and one-character strings would be allocations. */
function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function hasBreaker(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BREAKERS.has(text.charCodeAt(k))) return true;
  return false;
}

const SUFFIX_BY_LAST = new Map<number, [string, string[]][]>();
for (const s of SUFFIXES) {
  const last = s[0].charCodeAt(s[0].length - 1);
  SUFFIX_BY_LAST.set(last, [...(SUFFIX_BY_LAST.get(last) ?? []), s]);
}
for (const list of SUFFIX_BY_LAST.values()) list.sort((a, b) => b[0].length - a[0].length);
// Whether a character ends some organisation word, by code: tested at every position of a chunk.
const SUFFIX_LAST = new Uint8Array(0x10000);
for (const code of SUFFIX_BY_LAST.keys()) SUFFIX_LAST[code] = 1;

/** Where an organisation word ends at `end` (exclusive), the suffix; null when none or when followed by a continuation. */
function suffixEndingAt(text: string, end: number): string | null {
  const last = text.charCodeAt(end - 1);
  if (SUFFIX_LAST[last] !== 1) return null;
  const list = SUFFIX_BY_LAST.get(last);
  if (!list) return null;
  // Indexed loops: this runs at every position of every chunk and must not allocate.
  for (let k = 0; k < list.length; k++) {
    const [suffix, notAfter] = list[k];
    if (end - suffix.length < 0 || !text.startsWith(suffix, end - suffix.length)) continue;
    for (let n = 0; n < notAfter.length; n++) if (text.startsWith(notAfter[n], end)) return null;
    // 格局, 布局, 大局 are not bureaus.
    if (suffix === '局' && NOT_BEFORE_JU.has(text.charCodeAt(end - 2))) return null;
    return suffix;
  }
  return null;
}

/** The first position in chunk[from, to) where an organisation name may start, or -1; `placeStarts` ascend. */
function firstAnchor(chunk: string, from: number, to: number, placeStarts: number[]): number {
  let first = -1;
  for (const p of placeStarts) {
    if (p >= from && p < to) {
      first = p;
      break;
    }
  }
  for (const prefix of STATE_PREFIXES) {
    const at = chunk.indexOf(prefix, from);
    if (at >= 0 && at + prefix.length <= to && (first < 0 || at < first)) first = at;
  }
  const last = first < 0 ? to : first;
  for (let i = from; i < last; i++) {
    if (LOCAL_PREFIX.has(chunk.charCodeAt(i)) && (i === from || BREAKERS.has(chunk.charCodeAt(i - 1)))) return i;
  }
  return first;
}

/** Organisation names in one chunk (a clause part without list separators); `places` are the chunk's place-name starts when known. */
function orgsInChunk(chunk: string, places?: number[]): string[] {
  const ends: number[] = [];
  for (let e = 2; e <= chunk.length; e++) if (suffixEndingAt(chunk, e)) ends.push(e);
  if (ends.length === 0) return [];
  const placeStarts = places ?? findPlaceMentions(chunk).map((m) => m.start);
  // Words that end the text before a name, found once: every one of them is two characters, so those
  // ending before a position are the ones a scan of the text up to it would find.
  const breakWords = [...chunk.matchAll(BREAK_WORDS)];
  const out: string[] = [];
  let from = 0;
  // ends ascend: the candidates after `from` are ends[next…].
  let next = 0;
  while (from < chunk.length) {
    while (next < ends.length && ends[next] <= from) next++;
    if (next === ends.length) break;
    // The organisation runs from its anchor to the last organisation word with no breaker in between.
    const firstEnd = ends[next];
    let lastBreaker = from - 1;
    for (let k = from; k < firstEnd - 1; k++) if (BREAKERS.has(chunk.charCodeAt(k))) lastBreaker = k;
    for (const w of breakWords) if (w.index >= from && w.index + w[0].length <= firstEnd - 1) lastBreaker = Math.max(lastBreaker, w.index + w[0].length - 1);
    const anchor = firstAnchor(chunk, lastBreaker + 1, firstEnd, placeStarts);
    let start = anchor >= 0 ? anchor : lastBreaker + 1;
    // 招商银行深圳分行: a branch named after its company starts at the company, not at the place.
    if (start > lastBreaker + 1 && suffixEndingAt(chunk, start) && BRANCH.test(chunk.slice(start, ends[ends.length - 1]))) start = lastBreaker + 1;
    let end = firstEnd;
    for (let k = next + 1; k < ends.length; k++) {
      const e = ends[k];
      if (hasBreaker(chunk, end, e - 1)) break;
      const tail = chunk.slice(end, e);
      // A second name begins at a place name: keep it with the first only when it is a branch.
      const startsNew = firstAnchor(chunk, end, e, placeStarts) === end;
      if (startsNew && !BRANCH.test(tail)) break;
      end = e;
    }
    // 市市场监管局（知识产权局） keeps its closing bracket.
    if (chunk[end] === '）' && (chunk.slice(start, end).match(/（/g)?.length ?? 0) > (chunk.slice(start, end).match(/）/g)?.length ?? 0)) end++;
    const name = chunk.slice(start, end);
    const anchored = anchor >= 0;
    if (name.length >= 3 && name.length <= 40 && !GENERIC_START.test(name) && (anchored || (STRONG.test(name) && name.length >= 4))) out.push(name);
    from = end;
  }
  return out;
}

const NO_PLACES: number[] = [];

/** Organisation names in a (normalised) text, in order of first mention; titles in 《》 are skipped. */
export function findOrganizations(text: string | SplitText, mentions?: PlaceMention[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const split = asSplit(text);
  const withoutTitles = split.text.replace(/《[^》\n]*》/g, (m) => '。'.repeat(m.length));
  // A text without titles is read in the clauses it was already split into.
  const parts = withoutTitles === split.text ? split : splitText(withoutTitles);
  // Place names found once for the whole text; each chunk takes those inside it.
  const starts = (mentions ?? findPlaceMentions(withoutTitles)).map((m) => m.start);
  let cursor = 0;
  for (const sentenceClauses of parts.clauses) {
    for (const clause of sentenceClauses) {
      for (const part of splitList(clause)) {
        while (cursor < starts.length && starts[cursor] < part.start) cursor++;
        let last = cursor;
        while (last < starts.length && starts[last] < part.start + part.text.length) last++;
        const local = last === cursor ? NO_PLACES : starts.slice(cursor, last).map((p) => p - part.start);
        for (const name of orgsInChunk(part.text, local)) {
          if (!seen.has(name)) {
            seen.add(name);
            out.push(name);
          }
        }
      }
    }
  }
  return out;
}

/** Splits a clause at 、 and at 和/与/及 that follow an organisation word (A局和B局). */
function splitList(clause: Span): Span[] {
  const parts = clause.text.includes('、') ? splitOutsideBrackets(clause.text, '、', clause.start) : [clause];
  const out: Span[] = [];
  for (const p of parts) {
    let from = 0;
    for (let i = 1; i < p.text.length; i++) {
      if (LIST_JOINERS.has(p.text.charCodeAt(i)) && suffixEndingAt(p.text, i)) {
        out.push({ text: p.text.slice(from, i), start: p.start + from });
        from = i + 1;
      }
    }
    out.push(from === 0 ? p : { text: p.text.slice(from), start: p.start + from });
  }
  return out;
}

/** The organisation a title starts with (深圳市市场监督管理局党组成员 → 深圳市市场监督管理局). */
export function orgOfTitle(title: string): string | null {
  const first = splitOutsideBrackets(title, '、')[0]?.text ?? '';
  return orgsInChunk(first)[0] ?? null;
}
