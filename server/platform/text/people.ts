import { asSplit, type SplitText, splitOutsideBrackets } from './clauses';
import { AFTER_NAME, COMPOUND_SURNAMES, FUNCTION_CHARS, NOT_NAMES, SURNAMES, TITLE_ENDINGS } from './names';
import { isHan } from './script';

// People with their titles, the way Chinese government news names them: the title chain, then
// the name (坪山区委常委、常务副区长袁虎勇 → 袁虎勇, 坪山区委常委、常务副区长), and names
// that share the title before them (市人大代表陈雄英、朱焕启).

export interface PersonTitle {
  name: string;
  title: string;
}

const TITLE_SET = new Set(TITLE_ENDINGS);
const TITLE_LENGTHS = [...new Set(TITLE_ENDINGS.map((t) => t.length))].sort((a, b) => b - a);
// Looked up by character code: every position of every clause is tested, and a one-character
// string for each would be an allocation.
const TITLE_LAST_CODES = new Set(TITLE_ENDINGS.map((t) => t.charCodeAt(t.length - 1)));
const SURNAME_CODES = new Set([...SURNAMES].map((s) => s.charCodeAt(0)));
const COMPOUND_FIRST_CODES = new Set(COMPOUND_SURNAMES.map((s) => s.charCodeAt(0)));
const OPEN_ROUND = 0xff08; // （
const AFTER_NAME_BY_FIRST = new Map<number, string[]>();
for (const w of AFTER_NAME) AFTER_NAME_BY_FIRST.set(w.charCodeAt(0), [...(AFTER_NAME_BY_FIRST.get(w.charCodeAt(0)) ?? []), w]);

/** True when one of the words that follow a name (longer than `minLength`) starts at `at`. */
function afterNameWordAt(text: string, at: number, minLength = 0): boolean {
  const words = AFTER_NAME_BY_FIRST.get(text.charCodeAt(at));
  return !!words && words.some((w) => w.length > minLength && text.startsWith(w, at));
}
const PUNCT_AFTER = /^(?:$|[、，。；：！？（）《》“”\s,.;:!?()])/;
const LEADING_WORDS =
  /^(?:(?:本次|此次|本届)?(?:会议|活动|仪式|峰会|论坛|研讨会|座谈会|培训班?|大会)由|会上|会前|会后|随后|最后|首先|同时|此外|其中|期间|由|和|与|及|以及|同|并|还有|特别邀请|邀请了?|包括|陪同|出席会议的有|参加会议的有|会见了?|听取了?|受|经|据|对|向|为|请|在)+/;

function titleEndingBefore(text: string, i: number): string | null {
  if (i < 1 || !TITLE_LAST_CODES.has(text.charCodeAt(i - 1))) return null;
  for (const len of TITLE_LENGTHS) {
    if (i - len < 0) continue;
    const w = text.slice(i - len, i);
    if (TITLE_SET.has(w)) return w;
  }
  return null;
}

function startsAfterName(text: string, at: number): boolean {
  return PUNCT_AFTER.test(text.slice(at, at + 1)) || afterNameWordAt(text, at);
}

function nameOk(name: string): boolean {
  for (const ch of name) if (!isHan(ch)) return false;
  return !NOT_NAMES.has(name) && !NOT_NAMES.has(name.slice(0, 2)) && !TITLE_SET.has(name.slice(-2)) && !TITLE_SET.has(name);
}

/** The name starting at `i` (2–4 characters with a known surname), or null. */
export function nameAt(text: string, i: number): string | null {
  const code = text.charCodeAt(i);
  const compound = COMPOUND_FIRST_CODES.has(code) && COMPOUND_SURNAMES.includes(text.slice(i, i + 2));
  if (!compound && !SURNAME_CODES.has(code)) return null;
  const [long, short] = compound ? [4, 3] : [3, 2];
  const longOk = nameOk(text.slice(i, i + long)) && text.length >= i + long && startsAfterName(text, i + long);
  const shortOk = nameOk(text.slice(i, i + short)) && text.length >= i + short && startsAfterName(text, i + short);
  // 张凡宣讲 is 张凡 + 宣讲: when the last character of the longer reading starts a following word, take the shorter.
  const next = text[i + short];
  if (shortOk && (!longOk || FUNCTION_CHARS.has(next) || afterNameWordAt(text, i + short, 1))) return text.slice(i, i + short);
  return longOk ? text.slice(i, i + long) : null;
}

function cleanTitle(title: string): string {
  return title.replace(LEADING_WORDS, '').replace(/^[、，\s]+|[、，\s]+$/g, '');
}

/** Finds the people a (normalised) text names with a title, one entry per person (the fullest title). */
export function findPeople(text: string | SplitText): PersonTitle[] {
  const found = new Map<string, string>();
  const order: string[] = [];
  const add = (name: string, title: string) => {
    const before = found.get(name);
    if (before === undefined) order.push(name);
    if (before === undefined || title.length > before.length) found.set(name, title);
  };
  for (const sentenceClauses of asSplit(text).clauses) {
    for (const clause of sentenceClauses) {
      const c = clause.text;
      let lastPersonEnd = 0;
      for (let i = 1; i < c.length; i++) {
        const ending = titleEndingBefore(c, i);
        if (!ending) continue;
        // 副局长（主持工作）刘晓明: a short note in brackets between the title and the name.
        let at = i;
        if (c.charCodeAt(i) === OPEN_ROUND) {
          const close = c.indexOf('）', i);
          if (close > i && close - i <= 10) at = close + 1;
        }
        const name = nameAt(c, at);
        if (!name) continue;
        const title = chainBefore(c, lastPersonEnd, at);
        if (!title) continue;
        add(name, title);
        let end = at + name.length;
        // 市政协委员王雪、周海斌、李飞 share the title.
        while (c[end] === '、') {
          const next = nameAt(c, end + 1);
          if (!next) break;
          add(next, title);
          end += 1 + next.length;
        }
        lastPersonEnd = end;
        i = end;
      }
    }
  }
  return order.map((name) => ({ name, title: found.get(name)! }));
}

/** The title chain ending at `end`: the 、-separated segments before it that are titles, not people. */
function chainBefore(clause: string, from: number, end: number): string | null {
  const segments = splitOutsideBrackets(clause.slice(from, end), '、');
  if (segments.length === 0) return null;
  let first = segments.length - 1;
  for (let k = segments.length - 2; k >= 0; k--) {
    const seg = segments[k].text;
    if (!titleEndingBefore(seg, seg.length) || endsWithPerson(seg)) break;
    first = k;
  }
  const start = segments[first].start;
  const title = cleanTitle(clause.slice(from + start, end));
  return title.length >= 2 ? title : null;
}

function endsWithPerson(segment: string): boolean {
  for (let i = 1; i < segment.length; i++) {
    if (titleEndingBefore(segment, i) && nameAt(segment, i) && i + (nameAt(segment, i)?.length ?? 0) === segment.length) return true;
  }
  return false;
}
