import { describe, expect, it } from 'vitest';
import { BinaryCopyReader, BinaryCopyWriter } from './copy-binary';

describe('binary COPY', () => {
  it('reads back what it writes: text with nulls and bigints of either sign up to 2^53', () => {
    const w = new BinaryCopyWriter();
    const rows: [string | null, number][] = [
      ['440310', 2_023_000_000_000],
      [null, -7],
      ['深圳市', Number.MAX_SAFE_INTEGER],
      ['', -(2 ** 40) - 3],
    ];
    for (const [text, n] of rows) w.row(2).text(text).int8(n);
    const [chunk] = w.finish();
    const r = new BinaryCopyReader(chunk);
    const read: [string | null, number | null][] = [];
    while (r.next()) read.push([r.text(), r.int8()]);
    expect(read).toEqual(rows);
  });
  it('refuses bytes that are not a binary COPY output', () => {
    expect(() => new BinaryCopyReader(Buffer.from('region_code,key\n'))).toThrow(/not a binary COPY/);
  });
});
