import { toSimplified } from './script';

// Marking the words a search matched, in the text as the reader sees it (traditional text is
// matched through its simplified copy, character for character).

/** A piece of text, marked when it is a match. */
export interface Highlighted {
  text: string;
  hit: boolean;
}

function simplifiedSameLength(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  const perChar = [...text].map((c) => {
    const s = toSimplified(c);
    return s.length === c.length ? s : c;
  });
  return perChar.join('');
}

/**
 * Splits `text` into plain and matched pieces for the given (simplified) terms. With `window`,
 * only the part around the first match is kept (a search-result snippet), with ellipses.
 */
export function highlight(text: string, terms: readonly string[], window?: number): Highlighted[] {
  const plain = text.replace(/\s+/g, ' ').trim();
  const lower = simplifiedSameLength(plain).toLowerCase();
  const spans: [number, number][] = [];
  for (const term of new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))) {
    let at = lower.indexOf(term);
    while (at >= 0) {
      spans.push([at, at + term.length]);
      at = lower.indexOf(term, at + term.length);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  let from = 0;
  let to = plain.length;
  if (window && plain.length > window) {
    const first = merged[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(window / 4), plain.length - window));
    to = Math.min(plain.length, from + window);
  }
  const out: Highlighted[] = [];
  let pos = from;
  for (const [a, b] of merged) {
    if (b <= from || a >= to) continue;
    const s = Math.max(a, from);
    const e = Math.min(b, to);
    if (s > pos) out.push({ text: plain.slice(pos, s), hit: false });
    out.push({ text: plain.slice(s, e), hit: true });
    pos = e;
  }
  if (pos < to) out.push({ text: plain.slice(pos, to), hit: false });
  if (from > 0) out.unshift({ text: '…', hit: false });
  if (to < plain.length) out.push({ text: '…', hit: false });
  return out;
}
