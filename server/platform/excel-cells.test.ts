import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from './excel-cells';
import { type ExportColumn, PERCENT_FORMAT, writeSheet, writeTemplate } from './excel';

// The workbooks are read back with read-excel-file, not with exceljs that wrote them, and their
// number formats and quote prefixes straight from the XML inside the file.

interface Meeting {
  title: string;
  startsAt: string;
  endsAt: string | null;
  deadline: string;
  yoy: number | null;
  count: number;
}

const COLUMNS: ExportColumn<Meeting>[] = [
  { header: '会议名称', value: (m) => m.title },
  { header: '开始时间', value: (m) => new Date(m.startsAt) },
  { header: '结束时间', value: (m) => m.endsAt },
  { header: '完成时限', value: (m) => m.deadline },
  { header: '同比', numFmt: PERCENT_FORMAT, value: (m) => m.yoy },
  { header: '人数', value: (m) => m.count },
];

const MEETINGS: Meeting[] = [
  // 07:30 on 21 December in Shanghai is 23:30 on the 20th in UTC.
  { title: '=HYPERLINK("http://evil.example","点击")', startsAt: '2026-12-20T23:30:00.000Z', endsAt: '2026-12-21T09:00:00+08:00', deadline: '2026-12-31', yoy: -0.145, count: 12 },
  { title: '知识产权联席会议', startsAt: '2026-01-01T16:00:00.000Z', endsAt: null, deadline: '2027-01-01', yoy: null, count: 3 },
];

interface Workbook {
  rows: unknown[][];
  /** The number format of each cell of the sheet, by reference ('B2'). */
  formats: Map<string, string>;
  /** The cells marked as quoted text. */
  quoted: Set<string>;
}

const BUILTIN_FORMATS: Record<string, string> = { '0': 'General', '1': '0', '2': '0.00', '14': 'mm-dd-yy', '49': '@' };

async function open(bytes: Buffer): Promise<Workbook> {
  const files = unzipSync(new Uint8Array(bytes));
  const styles = strFromU8(files['xl/styles.xml']);
  const codes = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => [m[1], m[2].replace(/&amp;/g, '&')]));
  const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>/g)].map((m) => m[1]);
  const formats = new Map<string, string>();
  const quoted = new Set<string>();
  for (const c of strFromU8(files['xl/worksheets/sheet1.xml']).matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) {
    const xf = xfs[Number(c[2] ?? 0)] ?? '';
    const id = /numFmtId="(\d+)"/.exec(xf)?.[1] ?? '0';
    formats.set(c[1], codes.get(id) ?? BUILTIN_FORMATS[id] ?? id);
    if (/quotePrefix="1"/.test(xf)) quoted.add(c[1]);
  }
  return { rows: await readSheet(bytes), formats, quoted };
}

for (const tz of ['UTC', 'America/New_York']) {
  describe(`an exported workbook, with the server running under TZ=${tz}`, () => {
    const before = process.env.TZ;
    let wb: Workbook;
    beforeAll(async () => {
      process.env.TZ = tz;
      wb = await open(await writeSheet({ name: '会议', columns: COLUMNS, rows: MEETINGS }));
    });
    afterAll(() => {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    });

    it('really runs in that time zone', () => {
      // January: UTC is 0 minutes off, New York 300.
      expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(tz === 'UTC' ? 0 : 300);
    });

    it('shows a meeting at 07:30 Shanghai time as 07:30 on the right day, with its time visible', () => {
      // A spreadsheet date has no zone: the reader gives its wall-clock fields as UTC.
      expect(wb.rows[1][1]).toEqual(new Date('2026-12-21T07:30:00Z'));
      expect(wb.rows[1][2]).toEqual(new Date('2026-12-21T09:00:00Z'));
      expect(wb.rows[2][1]).toEqual(new Date('2026-01-02T00:00:00Z'));
      expect(wb.formats.get('B2')).toBe('yyyy-mm-dd hh:mm');
      expect(wb.formats.get('C2')).toBe('yyyy-mm-dd hh:mm');
      expect(wb.rows[2][2]).toBeNull();
    });

    it('writes dates as date cells a user can sort and filter', () => {
      expect(wb.rows[1][3]).toEqual(new Date('2026-12-31T00:00:00Z'));
      expect(wb.rows[2][3]).toEqual(new Date('2027-01-01T00:00:00Z'));
      expect(wb.formats.get('D2')).toBe('yyyy-mm-dd');
    });

    it('writes numbers as numeric cells with a number format', () => {
      expect(wb.rows[1][4]).toBe(-0.145);
      expect(wb.formats.get('E2')).toBe(PERCENT_FORMAT);
      expect(wb.rows[1][5]).toBe(12);
      expect(wb.formats.get('F2')).toBe('0');
    });

    it('keeps formula-like user text as quoted text, and only that text', () => {
      expect(wb.rows[1][0]).toBe('=HYPERLINK("http://evil.example","点击")');
      expect(wb.quoted).toEqual(new Set(['A2']));
    });
  });
}

describe('an import template', () => {
  it('writes a numeric example as a number and a date example as a date', async () => {
    const bytes = await writeTemplate('纠纷案件', [
      { key: 'name', header: '申请人', required: true, example: '-深圳市示例科技有限公司' },
      { key: 'amountYuan', header: '标的额（元）', example: '100000', kind: 'number' },
      { key: 'receivedOn', header: '收案日期', example: '2024-03-01' },
    ]);
    const wb = await open(bytes);
    expect(wb.rows[1]).toEqual(['-深圳市示例科技有限公司', 100000, new Date('2024-03-01T00:00:00Z')]);
    expect(wb.formats.get('B2')).toBe('0');
    expect(wb.quoted).toEqual(new Set(['A2']));
  });
});

describe('csvField', () => {
  it('prefixes formula-like text with a quote so a spreadsheet keeps it as text', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+86 755 1234')).toBe(`"'+86 755 1234"`);
    expect(csvField('-x')).toBe(`"'-x"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`);
  });

  it('leaves numbers and plain text alone', () => {
    expect(csvField(-0.145)).toBe('-0.145');
    expect(csvField('深圳市')).toBe('"深圳市"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField(null)).toBe('');
  });
});
