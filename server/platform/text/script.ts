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
const ASCII_PUNCT = /[,:;?!()]/;
const IS_ASCII_PUNCT = new Uint8Array(0x40);
for (const ch of Object.keys(HALF_TO_FULL)) IS_ASCII_PUNCT[ch.charCodeAt(0)] = 1;

/** A CJK character or Chinese punctuation (sites often down-convert the punctuation next to it). */
function isCjkOrPunct(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff65) || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d
  );
}

/** ASCII punctuation touching a CJK character or Chinese punctuation made full-width; a comma between digits (23,510) is left alone. */
function fullWidthPunctuation(text: string): string {
  if (!ASCII_PUNCT.test(text)) return text;
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // , : ; ? ! ( ) are all below 0x40; most characters are not.
    if (c >= 0x40 || !IS_ASCII_PUNCT[c] || !(isCjkOrPunct(text.charCodeAt(i - 1)) || isCjkOrPunct(text.charCodeAt(i + 1)))) continue;
    out += text.slice(last, i) + HALF_TO_FULL[text[i]];
    last = i + 1;
  }
  return out + text.slice(last);
}

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
  return fullWidthPunctuation(toSimplified(toHalfWidthAlnum(text)));
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
