import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { VolunteerKindLabels, type VolunteerKind } from '../../../common/services-volunteer';
// The one place the project keeps its Chinese PDF faces; the certificate uses the same ones as the statistics report.
import { chineseFonts } from '../stats/report/fonts.workbook';

// pdfmake is CommonJS exporting an instance; its methods are not visible to ESM named imports.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;
const FONT = 'NotoSansSC';

/** What the certificate of service hours states. */
export interface CertificateData {
  number: string;
  year: number;
  name: string;
  kind: VolunteerKind;
  affiliation: string;
  issuer: string;
  issuedOn: string;
  rows: { servedOn: string; enterprise: string; title: string; minutes: number }[];
}

/** Hours as 12.5 (one decimal, as the volunteer records in China state them). */
export const hoursOf = (minutes: number): string => (Math.round(minutes / 6) / 10).toFixed(1);
/** 2026-04-25 as 2026年4月25日. */
export const chineseDate = (d: string): string => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** The certificate of a volunteer's approved service hours in a year, as a PDF. */
export async function certificatePdf(c: CertificateData): Promise<Buffer> {
  const fonts = chineseFonts();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p === fonts.normal || p === fonts.bold);
  pdfmake.setFonts({ [FONT]: { normal: fonts.normal, bold: fonts.bold, italics: fonts.normal, bolditalics: fonts.bold } });
  const total = c.rows.reduce((s, r) => s + r.minutes, 0);
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 56],
    info: { title: `志愿服务时长证明 ${c.number}` },
    defaultStyle: { font: FONT, fontSize: 11, lineHeight: 1.5 },
    content: [
      { text: '知识产权志愿服务时长证明', fontSize: 22, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      { text: `证明编号：${c.number}`, fontSize: 9, color: '#555', alignment: 'center', margin: [0, 0, 0, 24] },
      {
        text: [
          { text: c.name, bold: true },
          `（${VolunteerKindLabels[c.kind].zh}，${c.affiliation}）参加深圳市知识产权志愿者“知助”行动，${c.year}年度经审核认定的志愿服务共 `,
          { text: `${c.rows.length}`, bold: true },
          ' 次，累计服务时长 ',
          { text: `${hoursOf(total)}`, bold: true },
          ' 小时。特此证明。',
        ],
        fontSize: 13,
        lineHeight: 1.8,
        margin: [0, 0, 0, 18],
      },
      {
        table: {
          headerRows: 1,
          widths: [80, '*', '*', 50],
          body: [
            ['服务日期', '服务对象', '服务事项', '时长(小时)'].map((t) => ({ text: t, bold: true, fontSize: 9, fillColor: '#e6f0ff' })),
            ...c.rows.map((r) => [chineseDate(r.servedOn), r.enterprise, r.title, hoursOf(r.minutes)].map((t) => ({ text: t, fontSize: 9 }))),
          ],
        },
        layout: 'lightHorizontalLines',
      },
      { text: c.issuer, alignment: 'right', margin: [0, 36, 0, 0] },
      { text: chineseDate(c.issuedOn), alignment: 'right' },
      { text: '本证明所列时长均经知识产权局审核认定或以现场签到码签到、签退记录。', fontSize: 8, color: '#666', margin: [0, 24, 0, 0] },
    ],
  };
  return pdfmake.createPdf(doc).getBuffer();
}
