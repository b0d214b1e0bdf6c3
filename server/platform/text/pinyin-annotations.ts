import { pinyin } from 'pinyin-pro';
import { toSimplified } from './script';

// Some sites print pinyin after characters: 知識產(chǎn)權(quán). An annotation is removed only
// when every syllable in the brackets is a reading of the character it follows, so (IP),
// (深圳), (11.8件) and (知识产权局) stay.

const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[1-5]?$/;
// By character code; at most one entry per ideograph.
const readingsCache = new Map<number, Set<string>>();
const SEPARATOR = /[\s'’·-]/;
const PINYIN_LETTER = new Set([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ'].map((c) => c.charCodeAt(0)));
const OPENERS = new Set([0x28, 0xff08]); // ( （
const CLOSERS = new Set([0x29, 0xff09]); // ) ）
const WHITESPACE = /\s/;
const OPEN_BRACKET = /[(（]/g;
const MAX_INSIDE = 46;

/**
 * The end (after the closing bracket) of a bracket at `open` that starts with a letter, optionally
 * after one space, and closes within 47 characters with no other bracket inside; or -1.
 */
function annotationEnd(text: string, open: number): number {
  let j = open + 1;
  if (j < text.length && WHITESPACE.test(text[j])) j++;
  if (!PINYIN_LETTER.has(text.charCodeAt(j))) return -1;
  for (let q = j + 1; q < text.length && q <= j + 1 + MAX_INSIDE; q++) {
    const c = text.charCodeAt(q);
    if (CLOSERS.has(c)) return q + 1;
    if (OPENERS.has(c)) return -1;
  }
  return -1;
}

const TONE_MARKS: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a', ē: 'e', é: 'e', ě: 'e', è: 'e', ī: 'i', í: 'i', ǐ: 'i', ì: 'i', ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u', ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v', ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};

function toneless(s: string): string {
  return s.replace(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/g, (c) => TONE_MARKS[c] ?? c).replace(/[1-5]$/, '');
}

/** Every way the character can be read: toned (zhì), numbered (zhi4) and toneless (zhi). */
function readingsOf(code: number): Set<string> {
  let set = readingsCache.get(code);
  if (set) return set;
  set = new Set<string>();
  const ch = String.fromCharCode(code);
  // pinyin-pro's polyphone table is simplified-only, so ask for both forms (DEPENDENCIES.md §5).
  for (const form of new Set([ch, toSimplified(ch)])) {
    for (const r of pinyin(form, { multiple: true, type: 'array' })) {
      const low = r.toLowerCase();
      set.add(low);
      set.add(toneless(low));
    }
    for (const r of pinyin(form, { multiple: true, type: 'array', toneType: 'num', v: true })) set.add(r.toLowerCase());
  }
  readingsCache.set(code, set);
  return set;
}

/** True for the code of a CJK ideograph. */
function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** `syllable` is in lower case and a well-formed syllable (no u:). */
function isReading(code: number, syllable: string): boolean {
  const readings = readingsOf(code);
  return readings.has(syllable) || readings.has(toneless(syllable));
}

/** The syllables of an annotation in lower case, or null when one is not a syllable. */
function syllablesOf(annotation: string): string[] | null {
  const parts = annotation.trim().split(/[\s'’·-]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 8) return null;
  const out: string[] = [];
  for (const p of parts) {
    const low = p.toLowerCase();
    if (!SYLLABLE.test(low)) return null;
    out.push(low);
  }
  return out;
}

/** True when the characters just before `open`, one per syllable of `inside`, each read as their syllable. */
function readsAsPinyin(text: string, open: number, inside: string): boolean {
  // Most annotations are one syllable with no separator to split at.
  if (!SEPARATOR.test(inside)) {
    const low = inside.toLowerCase();
    const code = open > 0 ? text.charCodeAt(open - 1) : 0;
    return SYLLABLE.test(low) && isHanCode(code) && isReading(code, low);
  }
  const syllables = syllablesOf(inside);
  if (!syllables) return false;
  let pos = open;
  for (let k = syllables.length - 1; k >= 0; k--) {
    pos--;
    const code = pos >= 0 ? text.charCodeAt(pos) : 0;
    if (!isHanCode(code) || !isReading(code, syllables[k])) return false;
  }
  return true;
}

/** A removed annotation: where it was in the input and what it said. */
export interface RemovedAnnotation {
  index: number;
  text: string;
}

/**
 * Removes bracketed pinyin that reads the character(s) before it; answers the text and what
 * was removed. Anything else in brackets stays.
 */
export function removePinyinAnnotations(text: string): { text: string; removed: RemovedAnnotation[] } {
  const removed: RemovedAnnotation[] = [];
  const parts: string[] = [];
  let last = 0;
  // Only brackets holding letters can be readings.
  OPEN_BRACKET.lastIndex = 0;
  // test() moves lastIndex past each opening bracket without building a match.
  while (OPEN_BRACKET.test(text)) {
    const start = OPEN_BRACKET.lastIndex - 1;
    const end = annotationEnd(text, start);
    if (end < 0) continue;
    if (!readsAsPinyin(text, start, text.slice(start + 1, end - 1))) continue;
    parts.push(text.slice(last, start));
    removed.push({ index: start, text: text.slice(start, end) });
    last = end;
    OPEN_BRACKET.lastIndex = end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), removed };
}
