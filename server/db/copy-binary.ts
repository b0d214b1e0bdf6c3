/*
 * PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html), for
 * tables of many numbers: a double goes as its eight bytes, with no decimal text to write in
 * JavaScript or to read back in the database. Only the types the callers need are here.
 */

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** The bytes before the first row of every chunk (signature, flags, header extension length). */
export const BINARY_COPY_HEADER_BYTES = SIGNATURE.length + 8;
/** The bytes after the last row of every chunk (a field count of -1). */
export const BINARY_COPY_TRAILER = Uint8Array.of(0xff, 0xff);
const OID = { text: 25, int4: 23, float8: 701 } as const;

/**
 * Writes rows in the binary COPY format into chunks of about `chunkBytes`, each a whole COPY input
 * of its own (header, rows, trailer): PGlite reads each from a blob in a statement of its own, and
 * PostgreSQL takes them one COPY each.
 */
export class BinaryCopyWriter {
  private buf: Buffer;
  private view: DataView;
  private at = 0;
  /** The UTF-8 of strings written often (indicator ids, bases, peer groups): each is encoded once. */
  private readonly encoded = new Map<string, Buffer>();
  private rows = 0;
  private readonly done: Uint8Array<ArrayBuffer>[] = [];

  constructor(private readonly chunkBytes = 1 << 20) {
    this.buf = Buffer.allocUnsafeSlow(chunkBytes);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    this.header();
  }

  /** Starts a row of `fields` fields (a row is never split across chunks). */
  row(fields: number): this {
    if (this.at >= this.chunkBytes) this.cut();
    this.need(2);
    this.view.setInt16(this.at, fields);
    this.at += 2;
    this.rows++;
    return this;
  }

  text(v: string | null): this {
    if (v === null) return this.int32(-1);
    let bytes = this.encoded.get(v);
    if (!bytes) {
      bytes = Buffer.from(v);
      if (this.encoded.size < 10_000) this.encoded.set(v, bytes);
    }
    this.int32(bytes.length);
    this.need(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.buf[this.at + i] = bytes[i];
    this.at += bytes.length;
    return this;
  }

  int4(v: number): this {
    this.int32(4);
    return this.int32(v);
  }

  /** A bigint from a number (exact below 2^53). */
  int8(v: number): this {
    this.int32(8);
    const high = Math.floor(v / 2 ** 32);
    this.int32(high);
    this.need(4);
    this.view.setUint32(this.at, v - high * 2 ** 32);
    this.at += 4;
    return this;
  }

  /** A one-dimensional array of text: `pick` of items[from, to) (no array is made). */
  textArray<T>(items: readonly T[], from: number, to: number, pick: (item: T) => string | null): this {
    const start = this.arrayHead(items, from, to, pick, OID.text);
    for (let i = from; i < to; i++) this.text(pick(items[i]));
    return this.arrayEnd(start);
  }

  /** A one-dimensional array of double precision: `pick` of items[from, to). */
  float8Array<T>(items: readonly T[], from: number, to: number, pick: (item: T) => number | null): this {
    return this.numberArray(items, from, to, pick, OID.float8, 8);
  }

  /** A one-dimensional array of integer: `pick` of items[from, to). */
  int4Array<T>(items: readonly T[], from: number, to: number, pick: (item: T) => number | null): this {
    return this.numberArray(items, from, to, pick, OID.int4, 4);
  }

  /** The chunks completed since the last call (a caller may load them while the next are written). */
  take(): Uint8Array<ArrayBuffer>[] {
    return this.done.splice(0);
  }

  /** The remaining chunks, the last one ended; the writer is spent. */
  finish(): Uint8Array<ArrayBuffer>[] {
    if (this.rows > 0) this.cut();
    return this.take();
  }

  private header(): void {
    this.need(SIGNATURE.length + 8);
    this.at += SIGNATURE.copy(this.buf, this.at);
    this.int32(0); // flags
    this.int32(0); // header extension length
  }

  private int32(v: number): this {
    this.need(4);
    this.view.setInt32(this.at, v);
    this.at += 4;
    return this;
  }

  /** Writes an array's header after a length placeholder; answers where the placeholder is. */
  private arrayHead<T>(items: readonly T[], from: number, to: number, pick: (item: T) => unknown, oid: number): number {
    let nulls = false;
    for (let i = from; i < to && !nulls; i++) nulls = pick(items[i]) === null;
    this.need(24);
    const start = this.at;
    this.at += 4;
    this.int32(1).int32(nulls ? 1 : 0).int32(oid).int32(to - from).int32(1);
    return start;
  }

  private numberArray<T>(items: readonly T[], from: number, to: number, pick: (item: T) => number | null, oid: number, width: 4 | 8): this {
    const start = this.arrayHead(items, from, to, pick, oid);
    this.need((to - from) * (4 + width));
    for (let i = from; i < to; i++) {
      const v = pick(items[i]);
      if (v === null) {
        this.view.setInt32(this.at, -1);
        this.at += 4;
        continue;
      }
      this.view.setInt32(this.at, width);
      if (width === 8) this.view.setFloat64(this.at + 4, v);
      else this.view.setInt32(this.at + 4, v);
      this.at += 4 + width;
    }
    return this.arrayEnd(start);
  }

  private arrayEnd(start: number): this {
    this.view.setInt32(start, this.at - start - 4);
    return this;
  }

  private need(bytes: number): void {
    if (this.buf.length - this.at >= bytes) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.at + bytes));
    this.buf.copy(bigger, 0, 0, this.at);
    this.use(bigger);
  }

  /** Ends the current chunk with the trailer and starts the next. */
  private cut(): void {
    this.need(2);
    this.view.setInt16(this.at, -1);
    this.at += 2;
    const chunk = new Uint8Array(new ArrayBuffer(this.at));
    chunk.set(this.buf.subarray(0, this.at));
    this.done.push(chunk);
    this.at = 0;
    this.rows = 0;
    if (this.buf.length > this.chunkBytes) this.use(Buffer.allocUnsafeSlow(this.chunkBytes));
    this.header();
  }

  private use(buf: Buffer): void {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  }
}

/**
 * Reads the rows of a binary COPY output (all of it in one buffer): `next` moves to the next row,
 * then its fields are read in order.
 */
export class BinaryCopyReader {
  private readonly view: DataView;
  private at: number;
  private readonly decoder = new TextDecoder();

  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.byteLength < SIGNATURE.length + 8 || !SIGNATURE.equals(buf.subarray(0, SIGNATURE.length))) throw new Error('not a binary COPY output');
    this.at = SIGNATURE.length + 4;
    this.at += 4 + this.view.getInt32(this.at);
  }

  /** Moves to the next row; false at the end. */
  next(): boolean {
    if (this.at + 2 > this.buf.byteLength) return false;
    const fields = this.view.getInt16(this.at);
    this.at += 2;
    return fields !== -1;
  }

  text(): string | null {
    const n = this.length();
    if (n < 0) return null;
    this.at += n;
    return this.decoder.decode(this.buf.subarray(this.at - n, this.at));
  }

  /** A bigint as a number (exact below 2^53). */
  int8(): number | null {
    if (this.length() < 0) return null;
    const v = this.view.getInt32(this.at) * 2 ** 32 + this.view.getUint32(this.at + 4);
    this.at += 8;
    return v;
  }

  private length(): number {
    const n = this.view.getInt32(this.at);
    this.at += 4;
    return n;
  }
}
