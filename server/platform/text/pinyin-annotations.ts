import { pinyin } from 'pinyin-pro';
import { toSimplified } from './script';

// Some sites print pinyin after characters: 知識產(chǎn)權(quán). An annotation is removed only
// when every syllable in the brackets is a reading of the character it follows, so (IP),
// (深圳), (11.8件) and (知识产权局) stay.

const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+[1-5]?$/;
// By character code; at most one entry per ideograph.
const readingsCache = new Map<number, Set<string>>();
const SEPARATOR = /[\s'’·-]/;
const ANNOTATION = /[(（](\s?[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ][^()（）]{0,46}?)[)）]/g;

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
  // Most annotations are one syllable with no separator to split at.
  const parts = SEPARATOR.test(annotation) ? annotation.trim().split(/[\s'’·-]+/).filter(Boolean) : [annotation];
  if (parts.length === 0 || parts.length > 8) return null;
  const out: string[] = [];
  for (const p of parts) {
    const low = p.toLowerCase();
    if (!SYLLABLE.test(low)) return null;
    out.push(low);
  }
  return out;
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
  let out = '';
  let last = 0;
  // Only brackets holding letters can be readings; the regex engine finds them without visiting the rest.
  ANNOTATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANNOTATION.exec(text))) {
    const start = m.index;
    const syllables = syllablesOf(m[1]);
    if (!syllables) continue;
    // The characters just before the bracket, one per syllable, must each read as that syllable.
    let ok = true;
    let pos = start;
    for (let k = syllables.length - 1; k >= 0; k--) {
      pos--;
      const code = pos >= 0 ? text.charCodeAt(pos) : 0;
      if (!isHanCode(code) || !isReading(code, syllables[k])) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const end = start + m[0].length;
    out += text.slice(last, start);
    removed.push({ index: start, text: text.slice(start, end) });
    last = end;
  }
  return { text: out + text.slice(last), removed };
}
