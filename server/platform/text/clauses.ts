// Splitting normalised (simplified, full-width punctuation) text into sentences and clauses,
// never inside brackets: 市市场监管局（知识产权局）党组书记、局长 is one clause.

/** A span of the text with its offset. */
export interface Span {
  text: string;
  start: number;
}

// One table per set of break characters (the few the toolkit uses), indexed by character code:
// every character of a text is looked up.
const breakTables = new Map<string, Uint8Array>();
const OPEN_ROUND = 0xff08; // （
const CLOSE_ROUND = 0xff09; // ）
const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
const NEWLINE = 0x0a;

/** Splits at any of `breaks` outside （…） and 《…》. */
export function splitOutsideBrackets(text: string, breaks: string, offset = 0): Span[] {
  let table = breakTables.get(breaks);
  if (!table) {
    table = new Uint8Array(0x10000);
    for (let k = 0; k < breaks.length; k++) table[breaks.charCodeAt(k)] = 1;
    breakTables.set(breaks, table);
  }
  const out: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN_ROUND || c === OPEN_TITLE) depth++;
    else if ((c === CLOSE_ROUND || c === CLOSE_TITLE) && depth > 0) depth--;
    else if (depth === 0 && table[c] === 1) {
      if (i > from) out.push({ text: text.slice(from, i), start: offset + from });
      from = i + 1;
    } else if (c === NEWLINE) depth = 0;
  }
  if (text.length > from) out.push({ text: text.slice(from), start: offset + from });
  return out;
}

/** Sentences: split at 。！？； and line ends. */
export function sentences(text: string): Span[] {
  return splitOutsideBrackets(text, '。！？；\n');
}

/** Clauses of a sentence: split at ，：“” as well. */
export function clauses(sentence: Span): Span[] {
  return splitOutsideBrackets(sentence.text, '，：“”「」', sentence.start);
}

/** A text with its sentences and their clauses, split once and shared by the finders that read it. */
export interface SplitText {
  text: string;
  sentences: Span[];
  /** The clauses of each sentence, in the order of `sentences`. */
  clauses: Span[][];
}

/** Splits a text into sentences and clauses. */
export function splitText(text: string): SplitText {
  const spans = sentences(text);
  return { text, sentences: spans, clauses: spans.map(clauses) };
}

/** The split of a text, made now when the caller passed the bare text. */
export function asSplit(text: string | SplitText): SplitText {
  return typeof text === 'string' ? splitText(text) : text;
}

/** Paragraphs: the text between line ends, with their offsets. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) out.push({ text: line, start });
    start += line.length + 1;
  }
  return out;
}
