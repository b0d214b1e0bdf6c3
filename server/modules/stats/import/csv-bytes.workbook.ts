// Reading the cells of a CSV file from its bytes: the helpers of csv-rows.ts. Each answers what
// the text parsers in parse.ts answer, for the spellings it takes; anything else goes to them.
import { APPLICATION_NO_WEIGHTS, type Cell, MONTH_DAYS } from './domain/parse';
import { isSpace } from './row-parser.service';

/** A memo stops growing at this many distinct values of a field (it is meant for codes and labels). */
const MEMO_LIMIT = 50_000;

/** A field value parsed once per distinct cell, with its COPY text. */
export interface MemoEntry {
  /** The cell's bytes (entries are found by a hash of them). */
  key: Buffer;
  /** The next entry with the same hash. */
  next: MemoEntry | null;
  value: Cell;
  invalid: string | null;
  out: Buffer;
  /** The COPY text is the cell itself. */
  same: boolean;
}

/** The value of the ASCII digits of buf[at, at + n), or -1. */
export function digitsAt(buf: Buffer, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = buf[i] - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** When buf[s, s + 10) is an ISO date that parseDate takes as it is, a number for it below DATE_SLOTS; otherwise -1. */
export function isoDateAt(buf: Buffer, s: number): number {
  if (buf[s + 4] !== 45 || buf[s + 7] !== 45) return -1;
  const y = digitsAt(buf, s, 4);
  const mo = digitsAt(buf, s + 5, 2);
  const d = digitsAt(buf, s + 8, 2);
  if (y < 1985 || y > 2100 || mo < 1 || mo > 12 || d < 1) return -1;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 && leap ? 29 : MONTH_DAYS[mo - 1]) ? (y - 1985) * 372 + (mo - 1) * 31 + d - 1 : -1;
}
/** How many numbers isoDateAt may answer. */
export const DATE_SLOTS = (2100 - 1985 + 1) * 372;

/** True when buf[s, s + 14) is a canonical application number with the right check character. */
export function applicationNoAt(buf: Buffer, s: number): boolean {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const c = buf[s + i] - 48;
    if (c < 0 || c > 9) return false;
    sum += c * APPLICATION_NO_WEIGHTS[i];
  }
  const r = sum % 11;
  return buf[s + 12] === 46 && buf[s + 13] === (r === 10 ? 88 : 48 + r);
}

/**
 * The entries of one field's memo, found by their bytes: by a scan while they are few (a handful
 * of codes stays in the processor's cache), then by a hash of the bytes.
 */
export class CellMemo {
  private readonly few: MemoEntry[] = [];
  private readonly byHash = new Map<number, MemoEntry>();
  private size = 0;

  find(buf: Buffer, s: number, e: number): MemoEntry | null {
    if (this.size <= FEW) {
      for (const m of this.few) if (sameBytes(m.key, buf, s, e)) return m;
      return null;
    }
    let m = this.byHash.get(hashOf(buf, s, e)) ?? null;
    while (m !== null && !sameBytes(m.key, buf, s, e)) m = m.next;
    return m;
  }

  add(m: MemoEntry, buf: Buffer, s: number, e: number): void {
    if (this.size >= MEMO_LIMIT) return;
    this.size++;
    if (this.size <= FEW) this.few.push(m);
    if (this.size === FEW + 1) for (const f of this.few) this.index(f, f.key, 0, f.key.length);
    if (this.size > FEW) this.index(m, buf, s, e);
  }

  private index(m: MemoEntry, buf: Buffer, s: number, e: number): void {
    const hash = hashOf(buf, s, e);
    m.next = this.byHash.get(hash) ?? null;
    this.byHash.set(hash, m);
  }
}
/** Up to this many entries a memo is scanned. */
const FEW = 8;

/** FNV-1a of buf[s, e), kept to 30 bits so that it stays a small integer. */
export function hashOf(buf: Buffer, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193);
  return h & 0x3fffffff;
}

/** True when `key` holds the bytes buf[s, e). */
export function sameBytes(key: Buffer, buf: Buffer, s: number, e: number): boolean {
  if (key.length !== e - s) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== buf[s + i]) return false;
  return true;
}

/** Copies src[s, e) into dst at `at`; answers the length (short runs by hand: Buffer.copy costs more than it moves). */
export function copyInto(dst: Buffer, at: number, src: Buffer, s: number, e: number): number {
  if (e - s > 32) return src.copy(dst, at, s, e);
  for (let i = s; i < e; i++) dst[at++] = src[i];
  return e - s;
}

/** Writes the decimal digits of a positive integer and a comma at `at`; answers how many bytes. */
export function writeNumberComma(dst: Buffer, at: number, v: number): number {
  let digits = 1;
  for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let i = digits - 1, x = v; i >= 0; i--, x = Math.floor(x / 10)) dst[at + i] = 48 + (x % 10);
  dst[at + digits] = 44;
  return digits + 1;
}

/** A copy of `a` twice as long. */
export function grown(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The code point of the UTF-8 character starting at buf[at] (a lead byte of 0x80 or more). */
export function codePointAt(buf: Buffer, at: number): number {
  const b = buf[at];
  if ((b & 0xe0) === 0xc0) return ((b & 0x1f) << 6) | (buf[at + 1] & 0x3f);
  if ((b & 0xf0) === 0xe0) return ((b & 0x0f) << 12) | ((buf[at + 1] & 0x3f) << 6) | (buf[at + 2] & 0x3f);
  return 0x10000;
}

/** True when the cell buf[s, e) (not empty) starts or ends with a character String.prototype.trim removes. */
export function trimmable(buf: Buffer, s: number, e: number): boolean {
  const first = buf[s];
  if (first <= 32 || (first >= 0x80 && isSpace(codePointAt(buf, s)))) return true;
  const last = buf[e - 1];
  if (last < 0x80) return last <= 32;
  let lead = e - 1;
  while (lead > s && (buf[lead] & 0xc0) === 0x80) lead--;
  return isSpace(codePointAt(buf, lead));
}
