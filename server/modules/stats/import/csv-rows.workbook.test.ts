import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRegionLookup } from '../../org/index';
import { applicationNoCheck } from './domain/parse';
import { readCsvRows } from './csv-rows.workbook';
import { KINDS, suggestMapping } from './domain/kinds';
import { createParseContext } from './domain/parse-context';
import { readRows } from './read-rows.workbook';
import { type LineFormat, type RowError, RowErrors } from './row-parser.service';
import { type FileInput, openRowSource } from './row-source.workbook';

const REGIONS = [
  { code: '440000', name: '广东省', full_name: '广东省' },
  { code: '440300', name: '深圳市', full_name: '广东省深圳市' },
  { code: '440305', name: '南山区', full_name: '广东省深圳市南山区' },
  { code: '440310', name: '坪山区', full_name: '广东省深圳市坪山区' },
  { code: '440100', name: '广州市', full_name: '广东省广州市' },
  { code: '440106', name: '天河区', full_name: '广东省广州市天河区' },
];
const LINE: LineFormat = { head: 'import-id,', rowNumbers: true, tail: ',t' };

function appNo(year: number, type: 1 | 2 | 3, serial: number): string {
  const digits = `${year}${type}${String(serial).padStart(7, '0')}`;
  return `${digits}.${applicationNoCheck(digits)}`;
}

interface Read {
  total: number;
  copy: string;
  errors: RowError[];
  count: number;
}

/** Reads a file of a kind with one reader: the byte reader, or the text reader (csvRecords and RowParser) it must equal. */
async function read(input: FileInput, reader: 'bytes' | 'text', kind: 'patent' | 'trademark' | 'baseline' = 'patent', line = LINE): Promise<Read> {
  const spec = KINDS[kind];
  const source = await openRowSource(input);
  const mapping = suggestMapping(spec, source.headers);
  const indexes = spec.fields.map((f) => (mapping[f.key] ? source.headers.indexOf(mapping[f.key]!) : -1));
  const headerOf = spec.fields.map((f, i) => (indexes[i] >= 0 ? source.headers[indexes[i]] : f.header));
  const ctx = createParseContext(createRegionLookup(REGIONS), { referenceData: !spec.records, anyRegion: true, scope: { kind: 'region', prefix: '44' } });
  const errors = new RowErrors(1000);
  const chunks: Buffer[] = [];
  const common = { spec, indexes, headerOf, ctx, line, errors, progress: { report: () => undefined } };
  let total: number;
  if (reader === 'bytes') {
    source.close();
    total = await readCsvRows({ ...common, input, sink: async (c) => void chunks.push(Buffer.from(c)) });
  } else {
    total = await readRows({ ...common, source, sink: async (c) => void chunks.push(Buffer.from(c)) });
  }
  return { total, copy: Buffer.concat(chunks).toString(), errors: errors.listed, count: errors.count };
}

/** Both readers over the same bytes; answers what they agree on. */
async function both(text: string | Buffer, kind: 'patent' | 'trademark' | 'baseline' = 'patent'): Promise<Read> {
  const input = { name: 'rows.csv', bytes: typeof text === 'string' ? Buffer.from(text) : text };
  const bytes = await read(input, 'bytes', kind);
  expect(bytes).toEqual(await read(input, 'text', kind));
  return bytes;
}

const HEADER = '申请号,专利类型,名称,申请日,授权公告日,法律状态,法律状态日,第一权利人,权利人类型,行政区划,主分类号,战略性新兴产业代码,海外同族,质押融资金额（元）,获奖';

describe('the byte-level CSV reader', () => {
  it('writes the COPY text of canonical rows as they are, and changes what needs changing', async () => {
    const r = await both(
      [
        HEADER,
        `${appNo(2021, 1, 1)},invention,一种电池,2021-03-01,2023-05-10,valid,,甲公司,enterprise,440305,H01M 4/525,1.1.1,否,,`,
        `${appNo(2020, 2, 2)},实用新型,一种支架,2020/1/5,20210203,有效,,乙公司,企业,坪山区,,,是,1200.5,中国专利奖`,
      ].join('\n') + '\n',
    );
    expect(r.total).toBe(2);
    expect(r.count).toBe(0);
    expect(r.copy.split('\n')).toEqual([
      `import-id,2,${appNo(2021, 1, 1)},invention,一种电池,2021-03-01,2023-05-10,valid,,甲公司,enterprise,440305,H01M 4/525,1.1.1,f,,,t`,
      `import-id,3,${appNo(2020, 2, 2)},utilityModel,一种支架,2020-01-05,2021-02-03,valid,,乙公司,enterprise,440310,,,t,120050,chinaPatentAward,t`,
      '',
    ]);
  });

  it('reads quotes, line breaks in quotes, CRLF, a byte-order mark, blank lines and short rows like the text reader', async () => {
    const rows = [
      `${appNo(2021, 1, 1)},发明,"一种, 带逗号的""装置""",2021-03-01,2023-05-10,有效,,甲公司,企业,440305,,,否,,`,
      `${appNo(2021, 1, 2)},发明,"第一行\n第二行",2021-03-01,2023-05-10,有效,,乙公司,企业,440305,,,否,,`,
      '',
      ',,,,,,,,,,,,,,',
      `${appNo(2021, 1, 3)},发明,名称,2021-03-01,2023-05-10,有效,,丙公司,企业,440305`,
      `${appNo(2021, 1, 4)},发明,名称\r中间有回车,2021-03-01,2023-05-10,有效,,丁公司,企业,440305,,,否,,`,
    ];
    const r = await both('\ufeff' + [HEADER, ...rows].join('\r\n') + '\r\n');
    expect(r.total).toBe(4);
    expect(r.count).toBe(0);
    // A record with a line break in quotes is one row, and blank rows keep their numbers: the short row is row 6.
    expect(r.copy).toContain(`import-id,6,${appNo(2021, 1, 3)},`);
    expect(r.copy).toContain(`import-id,7,${appNo(2021, 1, 4)},invention,"名称\r中间有回车",`);
  });

  it('reports the same bad cells with the same rows and messages', async () => {
    const rows = [
      `${appNo(2021, 1, 1)},发明,名称,2021-02-30,2023-05-10,有效,,甲公司,企业,440305,,,否,,`,
      `202110000001.0,发明,名称,2021-03-01,2023-05-10,有效,,甲公司,企业,440305,,,否,,`,
      `${appNo(2021, 1, 2)},专利,名称,2021-03-01,2023-05-10,有效,,甲公司,企业,999999,,,也许,-5,`,
      `${appNo(2021, 1, 3)},发明,${'长'.repeat(301)},2021-03-01,,有效,,,企业,北京市,,,否,,`,
      `${appNo(2021, 1, 4)},发明,${'长'.repeat(300)},2021-03-01,2020-01-01,终止,,甲公司,企业,440305,,,否,,`,
      `${appNo(2021, 1, 5)},发明,名称,1984-12-31,2023-05-10,有效,,甲公司,企业,440305,,,否,,`,
    ];
    const r = await both([HEADER, ...rows].join('\n') + '\n');
    expect(r.total).toBe(6);
    expect(r.copy).toBe('');
    expect(r.errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '2:申请日',
      '3:申请号',
      '4:专利类型',
      '4:行政区划',
      '4:海外同族',
      '4:质押融资金额（元）',
      '5:名称',
      '5:第一权利人',
      '5:行政区划',
      '6:授权公告日',
      '6:法律状态日',
      '7:申请日',
    ]);
  });

  it('trims spaces the way the text reader does, full-width ones included', async () => {
    const rows = [
      `  ${appNo(2021, 1, 1)} ,发明 ,\u3000名称\u3000, 2021-03-01,2023-05-10 ,有效,,甲公司\u00a0,企业,440305,,,否,,`,
      `${appNo(2021, 1, 2)},发明,\u3000,2021-03-01,2023-05-10,有效,,乙公司,企业,440305,  ,,否,,`,
    ];
    const r = await both([HEADER, ...rows].join('\n') + '\n');
    expect(r.count).toBe(0);
    expect(r.copy).toContain(`,${appNo(2021, 1, 1)},invention,名称,2021-03-01,2023-05-10,valid,,甲公司,`);
  });

  it('reads bytes that are not UTF-8 like the text reader (as replacement characters)', async () => {
    // The first 64 KB are checked when the file is opened; a bad byte further on is read, not refused.
    const rows = Array.from({ length: 800 }, (_, i) => `${appNo(2021, 1, 100 + i)},发明,名称,2021-03-01,2023-05-10,有效,,甲公司,企业,440305,,,否,,\n`);
    const good = Buffer.from(`${HEADER}\n${rows.join('')}`);
    const bad = Buffer.concat([good, Buffer.from(`${appNo(2021, 1, 2)},发明,名`), Buffer.from([0xff, 0xfe]), Buffer.from(`称,2021-03-01,2023-05-10,有效,,乙公司,企业,440305,,,否,,\n`)]);
    const r = await both(bad);
    expect(r.total).toBe(801);
    expect(r.copy).toContain('名\ufffd\ufffd称');
  });

  it('reads columns in another order and leaves unmapped fields empty', async () => {
    const r = await both(`行政区划,申请号,法律状态,专利类型,第一权利人,授权公告日,申请日,权利人类型\n440305,${appNo(2021, 1, 1)},有效,发明,甲公司,2023-05-10,2021-03-01,企业\n`);
    expect(r.copy).toBe(`import-id,2,${appNo(2021, 1, 1)},invention,,2021-03-01,2023-05-10,valid,,甲公司,enterprise,440305,,,,,,t\n`);
  });

  it('reads other kinds alike (trademarks, baselines)', async () => {
    await both('注册号,国际分类,商标名称,注册人,注册人类型,行政区划,注册日,商标状态,状态日期,马德里\n61234567,9,知产,甲公司,企业,440305,2023-05-14,有效,,否\n61234568,46,知产,乙公司,企业,440305,2023-05-14,注销,,是\n', 'trademark');
    await both('行政区划,年份,年末常住人口（万人）,人口来源,地区生产总值（亿元）,GDP来源\n440300,2023,"1,779.01",公报,34606.40,\n全国,2023,0,,,\n', 'baseline');
  });

  it('reads a file of many blocks exactly like the text reader', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-rows-'));
    const file = path.join(dir, 'rows.csv');
    const lines = [HEADER];
    const statuses = ['有效', 'valid', '终止', 'expired'];
    for (let i = 0; i < 30_000; i++) {
      const ended = i % 4 >= 2;
      const title = i % 2999 === 0 ? `"带""引号"",的名称${i}"` : `一种装置${'甲'.repeat(i % 40)}`;
      lines.push(`${appNo(2010 + (i % 12), 1, i)},发明,${title},20${10 + (i % 12)}-0${1 + (i % 9)}-1${i % 10},2023-05-10,${statuses[i % 4]},${ended ? '2024-01-02' : ''},公司${i},企业,${REGIONS[2 + (i % 4)].code},,${i % 5 ? '' : '1.1.1'},否,${i % 11 ? '' : i * 100},`);
    }
    fs.writeFileSync(file, lines.join('\n') + '\n');
    try {
      const input = { name: 'rows.csv', path: file };
      const bytes = await read(input, 'bytes');
      expect(bytes.total).toBe(30_000);
      expect(bytes.count).toBe(0);
      expect(bytes).toEqual(await read(input, 'text'));
      // Without row numbers (a first load's COPY), still the same text.
      const plain = { head: '', rowNumbers: false, tail: '' };
      expect((await read(input, 'bytes', 'patent', plain)).copy).toBe((await read(input, 'text', 'patent', plain)).copy);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
