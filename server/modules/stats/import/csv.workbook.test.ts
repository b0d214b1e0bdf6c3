import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseChunk } from './csv.workbook';

async function all(chunks: string[]): Promise<string[][]> {
  const out: string[][] = [];
  for await (const batch of csvRecords(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(...batch);
  return out;
}

describe('the CSV reader', () => {
  it('reads plain, quoted and empty fields, CRLF and a byte-order mark', async () => {
    expect(await all(['\ufeffa,b,c\r\n1,"x, y",\r\n"he said ""hi""",2,3\n'])).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', ''],
      ['he said "hi"', '2', '3'],
    ]);
  });
  it('keeps line breaks inside quotes and records split across chunks (even inside a character)', async () => {
    const text = '申请号,名称\n1,"第一行\n第二行"\n2,深圳\n';
    const bytes = Buffer.from(text);
    const pieces = [bytes.subarray(0, 7), bytes.subarray(7, 20), bytes.subarray(20)].map((b) => b.toString('latin1'));
    const out: string[][] = [];
    for await (const batch of csvRecords(Readable.from([bytes.subarray(0, 7), bytes.subarray(7, 20), bytes.subarray(20)]))) out.push(...batch);
    expect(pieces).toHaveLength(3);
    expect(out).toEqual([
      ['申请号', '名称'],
      ['1', '第一行\n第二行'],
      ['2', '深圳'],
    ]);
  });
  it('finds quoted fields among many unquoted lines, wherever they fall', () => {
    const plain = Array.from({ length: 50 }, (_, i) => `${i},x`);
    const text = [...plain, '"q,1",a', ...plain, 'b,"q""2"', '"q3"', ...plain].join('\n') + '\n';
    const { records } = parseChunk(text, false);
    expect(records).toHaveLength(153);
    expect(records[50]).toEqual(['q,1', 'a']);
    expect(records[101]).toEqual(['b', 'q"2']);
    expect(records[102]).toEqual(['q3']);
    expect(records[152]).toEqual(['49', 'x']);
  });
  it('leaves an unfinished record for the next chunk, and refuses an unclosed quote at the end', () => {
    expect(parseChunk('a,b\n"c,', false)).toEqual({ records: [['a', 'b']], rest: '"c,' });
    expect(parseChunk('a,b', true).records).toEqual([['a', 'b']]);
    expect(() => parseChunk('"open', true)).toThrow('缺少闭合的引号');
  });
});
