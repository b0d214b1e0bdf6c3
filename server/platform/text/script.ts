import * as OpenCC from 'opencc-js';

// Script and width normalisation. What users see keeps its script and punctuation; matching,
// indexing and extraction work on the normalised copy.

const t2s = OpenCC.Converter({ from: 't', to: 'cn' });

// Characters that conversion changes, found once by converting every ideograph; a text with
// none of them is already simplified, and most reports are, so they skip the converter.
let changing: Uint8Array | null = null;
const FIRST = 0x3400;
const LAST = 0xfaff;

function changingChars(): Uint8Array {
  if (changing) return changing;
  const table = new Uint8Array(LAST - FIRST + 1);
  const chars: string[] = [];
  for (let c = FIRST; c <= LAST; c++) chars.push(String.fromCharCode(c));
  // One character a line keeps phrase rules from joining neighbours.
  const converted = t2s(chars.join('\n')).split('\n');
  for (let i = 0; i < chars.length; i++) if (converted[i] !== chars[i]) table[i] = 1;
  changing = table;
  return table;
}

/** True when the text has a character that conversion to simplified script changes. */
export function hasTraditional(text: string): boolean {
  const table = changingChars();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= FIRST && c <= LAST && table[c - FIRST] === 1) return true;
  }
  return false;
}

/** The text in simplified script (for indexing and matching; what users see keeps its script). */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? t2s(text) : text;
}

/**
 * The text converted to simplified script even when it has no traditional character of its own
 * (phrases such as 反覆 convert only as phrases): for part of a text that has them elsewhere.
 */
export function convertToSimplified(text: string): string {
  return t2s(text);
}

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
// ASCII punctuation touching a CJK character or Chinese punctuation (sites often down-convert
// it); a comma between digits (23,510) is left alone.
const CJK_OR_PUNCT = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff01-\\uff65\\u2018\\u2019\\u201c\\u201d';
const ASCII_PUNCT_NEAR_CJK = new RegExp(`(?<=[${CJK_OR_PUNCT}])[,:;?!()]|[,:;?!()](?=[${CJK_OR_PUNCT}])`, 'gu');

/** Full-width letters and digits to ASCII, no-break and ideographic spaces to plain spaces. */
export function toHalfWidthAlnum(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00a0\u2002\u2003\u2009\u3000]/g, ' ');
}

/**
 * The copy of a text that extraction reads: simplified script, ASCII digits, and full-width
 * Chinese punctuation where a site had swapped in ASCII commas, colons and brackets.
 */
export function normaliseForAnalysis(text: string): string {
  const simplified = toSimplified(toHalfWidthAlnum(text));
  return simplified.replace(ASCII_PUNCT_NEAR_CJK, (c) => HALF_TO_FULL[c] ?? c);
}

/** True for a CJK ideograph. */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** The share of ideographs among the letters of a text (0 for text with no letters). */
export function hanShare(text: string): number {
  let han = 0;
  let letters = 0;
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af)) {
      // Latin, Greek, Cyrillic, kana and hangul count as letters of another language.
      letters++;
    }
  }
  return letters === 0 ? 0 : han / letters;
}
