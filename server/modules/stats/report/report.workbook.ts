import { createRequire } from 'node:module';
import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { INDICATORS, type IndicatorId } from '../../../../common/indicators';
import type { Compare, Dashboard, IndicatorValue, RankingPage, Trend } from '../../../../common/stats';
import { formatChange, formatIndicatorValue } from '../../../../common/stats-format';
import type { Baseline } from '../../../../common/stats-records';
import { type ExportColumn, PERCENT_FORMAT, writeWorkbook } from '../../../platform/excel';
import { sheet } from '../stats.workbook';
import { CHART_FONT, compareOption, renderSvg, trendOption } from './charts.workbook';
import { chineseFonts } from './fonts.workbook';

// pdfmake is CommonJS exporting an instance; its methods are not visible to ESM named imports.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof PdfMake;

/** Everything the report shows, gathered from the dashboards. */
export interface ReportData {
  dashboard: Dashboard;
  trends: Trend[];
  compare: Compare | null;
  compareTable: { regionName: string; values: Record<string, number | null> }[];
  ranking: (RankingPage & { indicatorName: string; unit: string }) | null;
  baselines: Baseline[];
  generatedAt: string;
}

/** Indicators shown as trend charts, and whether the national level is drawn beside them. */
export const REPORT_TRENDS: { id: IndicatorId; national: boolean }[] = [
  { id: 'domesticPatentGrants', national: false },
  { id: 'highValueInventionPatentsPer10k', national: true },
  { id: 'inventionPatentsPerKm2', national: true },
  { id: 'pctApplications', national: false },
];
/** Indicators in the sub-region table. */
export const REPORT_COMPARE: IndicatorId[] = ['domesticPatentGrants', 'inventionGrants', 'domesticInventionPatentsInForce', 'inventionPatentsPer10k', 'trademarkRegistrations', 'pctApplications'];

const name = (id: IndicatorId) => INDICATORS.find((i) => i.id === id)!;
const fmt = (c: Pick<IndicatorValue, 'decimals'>, v: number | null) => formatIndicatorValue(v, c.decimals);

/** The report's title: 深圳市2023年知识产权数据统计分析报告. */
export function reportTitle(d: Dashboard): string {
  return `${d.region.level === 'nation' ? '全国' : d.region.name}${d.year ?? ''}年知识产权数据统计分析报告`;
}

function table(headers: string[], rows: (string | number)[][], widths?: (number | string)[]): Content {
  return {
    table: { headerRows: 1, widths: widths ?? headers.map(() => '*'), body: [headers.map((h) => ({ text: h, style: 'th' })), ...rows.map((r) => r.map((c) => ({ text: String(c), style: 'td' })))] },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  };
}

/** The PDF: narrative, the indicator table, trend and comparison charts (server-side SVG), rankings, definitions and baselines. */
export async function buildPdf(data: ReportData): Promise<Buffer> {
  const fonts = chineseFonts();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((p) => p === fonts.normal || p === fonts.bold);
  pdfmake.setFonts({ [CHART_FONT]: { normal: fonts.normal, bold: fonts.bold, italics: fonts.normal, bolditalics: fonts.bold } });
  const d = data.dashboard;
  const cards = d.cards.filter((c) => c.value !== null);
  const content: Content[] = [
    { text: reportTitle(d), style: 'title' },
    { text: `${d.region.fullName} · 生成于 ${data.generatedAt}${d.publishedAt ? ` · 已于 ${d.publishedAt.slice(0, 10)} 发布` : ' · 未发布（内部资料）'}`, style: 'meta' },
    { text: '一、总体情况', style: 'h1' },
    { text: d.narrative, style: 'body' },
    { text: '二、主要指标', style: 'h1' },
    table(
      ['指标', '数值', '单位', '上年', '同比', '排名', '连续第一', '全国'],
      cards.map((c) => [c.name, fmt(c, c.value), c.unit, fmt(c, c.previous), formatChange(c.yoy), c.rank ? `${c.rank}/${c.rankOf}` : '—', c.streak >= 2 ? `${c.streak}年` : '', fmt(c, c.nationalValue)]),
      ['*', 56, 22, 56, 40, 40, 36, 60],
    ),
  ];
  data.trends
    .filter((t) => t.points.length > 0)
    .forEach((t, i) => {
      const spec = REPORT_TRENDS.find((r) => r.id === t.indicator.id);
      const chart: Content = { svg: renderSvg(trendOption(t, spec?.national ?? false)), width: 500, margin: [0, 4, 0, 8] };
      // The heading stays on the page of the first chart.
      content.push(i === 0 ? { stack: [{ text: '三、发展趋势', style: 'h1' }, chart], unbreakable: true } : chart);
    });
  if (data.compare && data.compare.items.length > 0) {
    content.push({ text: `四、${d.childLevel === '市' ? '各市' : '各区'}对比`, style: 'h1' });
    content.push({ svg: renderSvg(compareOption(data.compare), 760, Math.max(200, 26 * data.compare.items.length + 60)), width: 500 });
    content.push(
      table(
        ['地区', ...REPORT_COMPARE.map((id) => name(id).name)],
        data.compareTable.map((r) => [r.regionName, ...REPORT_COMPARE.map((id) => fmt(name(id), r.values[id] ?? null))]),
      ),
    );
  }
  if (data.ranking && data.ranking.items.length > 0) {
    content.push({ text: `五、${data.ranking.peerLabel}${data.ranking.indicatorName}排名（前${data.ranking.items.length}位）`, style: 'h1' });
    content.push(table(['排名', '地区', `${data.ranking.indicatorName}（${data.ranking.unit}）`, '同比'], data.ranking.items.map((i) => [i.rank ?? '—', i.regionName, formatIndicatorValue(i.value, 0), formatChange(i.yoy)]), [40, '*', 120, 60]));
  }
  content.push({ text: '六、指标定义与数据来源', style: 'h1' });
  content.push(table(['指标', '计算公式', '定义来源', '版本'], cards.map((c) => [c.name, c.definition.formula, c.definition.source, c.definition.version]), [90, '*', 150, 60]));
  if (data.baselines.length) {
    content.push({ text: '基础数据', style: 'h2' });
    content.push(
      table(
        ['年份', '年末常住人口（万人）', '来源', '地区生产总值（亿元）', '来源', '土地面积（平方公里）', '来源'],
        data.baselines.map((b) => [b.year, b.population ?? '—', b.populationSource ?? '', b.gdp ?? '—', b.gdpSource ?? '', b.area ?? '—', b.areaSource ?? '']),
        [28, 52, '*', 52, '*', 52, '*'],
      ),
    );
  }
  const doc: TDocumentDefinitions = {
    info: { title: reportTitle(d), creator: '知产 Zhichan' },
    // PDF 1.7, marked as tagged, in Chinese, its title shown in the window: what screen readers and
    // archive checkers look for first. (pdfmake marks the document, not each paragraph.)
    version: '1.7',
    tagged: true,
    language: 'zh-CN',
    displayTitle: true,
    pageSize: 'A4',
    pageMargins: [48, 56, 48, 56],
    defaultStyle: { font: CHART_FONT, fontSize: 10, lineHeight: 1.4 },
    footer: (page, pages) => ({ text: `${reportTitle(d)}  第 ${page} / ${pages} 页`, alignment: 'center', fontSize: 8, color: '#666', margin: [0, 20, 0, 0] }),
    styles: {
      title: { fontSize: 20, bold: true, alignment: 'center', margin: [0, 40, 0, 8] },
      meta: { fontSize: 9, color: '#555', alignment: 'center', margin: [0, 0, 0, 24] },
      h1: { fontSize: 14, bold: true, margin: [0, 14, 0, 6], color: '#0f2a6b' },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      body: { fontSize: 11, lineHeight: 1.7, alignment: 'justify' },
      th: { bold: true, fontSize: 8.5, fillColor: '#e6f0ff' },
      td: { fontSize: 8.5 },
    },
    content,
  };
  return pdfmake.createPdf(doc).getBuffer();
}

/** The same data as a workbook: one sheet per part of the report. */
export async function buildWorkbook(data: ReportData): Promise<Buffer> {
  const d = data.dashboard;
  const cardColumns: ExportColumn<IndicatorValue>[] = [
    { header: '指标', width: 30, value: (c) => c.name },
    { header: '数值', width: 14, value: (c) => c.value },
    { header: '单位', width: 6, value: (c) => c.unit },
    { header: '上年', width: 14, value: (c) => c.previous },
    { header: '同比', width: 10, numFmt: PERCENT_FORMAT, value: (c) => c.yoy },
    { header: '排名', width: 8, value: (c) => c.rank },
    { header: '参与排名数', width: 10, value: (c) => c.rankOf },
    { header: '比较范围', width: 16, value: (c) => c.peerLabel },
    { header: '连续第一（年）', width: 10, value: (c) => c.streak || null },
    { header: '全国', width: 14, value: (c) => c.nationalValue },
    { header: '计算公式', width: 50, value: (c) => c.definition.formula },
    { header: '定义来源', width: 50, value: (c) => c.definition.source },
    { header: '定义版本', width: 20, value: (c) => c.definition.version },
  ];
  const years = [...new Set(data.trends.flatMap((t) => t.points.map((p) => p.year)))].sort((a, b) => a - b);
  type TrendRow = { year: number };
  const trendColumns: ExportColumn<TrendRow>[] = [
    { header: '年份', value: (r) => r.year },
    ...data.trends.flatMap((t) => [
      { header: `${t.indicator.name}（${t.indicator.unit}）`, width: 20, value: (r: TrendRow) => t.points.find((p) => p.year === r.year)?.value ?? null },
      { header: `全国${t.indicator.name}`, width: 20, value: (r: TrendRow) => t.points.find((p) => p.year === r.year)?.nationalValue ?? null },
    ]),
  ];
  type CompareRow = ReportData['compareTable'][number];
  type RankRow = RankingPage['items'][number];
  return writeWorkbook([
    sheet({ name: '主要指标', columns: cardColumns, rows: d.cards }),
    sheet({ name: '统计分析', columns: [{ header: reportTitle(d), width: 120, value: (s: string) => s }], rows: [d.narrative] }),
    sheet({ name: '发展趋势', columns: trendColumns, rows: years.map((year) => ({ year })) }),
    sheet({ name: '区域对比', columns: [{ header: '地区', width: 16, value: (r: CompareRow) => r.regionName }, ...REPORT_COMPARE.map((id) => ({ header: name(id).name, width: 18, value: (r: CompareRow) => r.values[id] ?? null }))], rows: data.compareTable }),
    sheet<RankRow>({
      name: '排名',
      columns: [
        { header: '排名', value: (i) => i.rank },
        { header: '地区', width: 24, value: (i) => i.regionName },
        { header: data.ranking ? `${data.ranking.indicatorName}（${data.ranking.unit}）` : '数值', width: 20, value: (i) => i.value },
      ],
      rows: data.ranking?.items ?? [],
    }),
    sheet<Baseline>({
      name: '基础数据',
      columns: [
        { header: '年份', value: (b) => b.year },
        { header: '年末常住人口（万人）', width: 16, value: (b) => b.population },
        { header: '人口来源', width: 36, value: (b) => b.populationSource },
        { header: '地区生产总值（亿元）', width: 16, value: (b) => b.gdp },
        { header: 'GDP来源', width: 36, value: (b) => b.gdpSource },
        { header: '土地面积（平方公里）', width: 16, value: (b) => b.area },
        { header: '面积来源', width: 36, value: (b) => b.areaSource },
      ],
      rows: data.baselines,
    }),
  ]);
}
