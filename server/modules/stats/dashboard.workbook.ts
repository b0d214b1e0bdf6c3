import { indicatorInfo } from '../../../common/indicators';
import type { Compare, CompareQuery, Dashboard, IndicatorValue, RankingPage, RankingQuery, Trend, TrendQuery } from '../../../common/stats';
import { type ExportColumn, PERCENT_FORMAT, writeSheet, writeWorkbook } from '../../platform/excel';
import { sheet } from './stats.workbook';

/** The dashboard reads the exports write out. */
interface DashboardReads {
  dashboard(code: string, year?: number): Promise<Dashboard>;
  trend(q: TrendQuery): Promise<Trend>;
  compare(q: CompareQuery): Promise<Compare>;
  ranking(q: RankingQuery): Promise<RankingPage>;
}

/** The dashboard, trend, comparison and ranking as Excel workbooks. */
export function createDashboardExports(reads: DashboardReads) {
  return {
    async exportDashboard(code: string, year?: number): Promise<Buffer> {
      const d = await reads.dashboard(code, year);
      return writeWorkbook([
        sheet({ name: `${d.region.name}${d.year ?? ''}年指标`, columns: CARD_COLUMNS, rows: d.cards }),
        sheet({ name: '统计分析', columns: [{ header: '统计分析', width: 120, value: (s: string) => s }], rows: [d.narrative] }),
      ]);
    },
    async exportTrend(q: TrendQuery): Promise<Buffer> {
      const t = await reads.trend(q);
      return writeSheet({
        name: `${t.region.name}${t.indicator.name}`,
        columns: [
          { header: '年份', value: (p: Trend['points'][number]) => p.year },
          { header: `${t.indicator.name}（${t.indicator.unit}）`, width: 20, value: (p) => p.value },
          { header: '全国', width: 16, value: (p) => p.nationalValue },
          { header: '排名', value: (p) => p.rank },
          { header: '参与排名数', value: (p) => p.rankOf },
        ],
        rows: t.points,
      });
    },
    async exportCompare(q: CompareQuery): Promise<Buffer> {
      const c = await reads.compare(q);
      return writeSheet({
        name: `${c.region.name}${c.year}年${c.indicator.name}`,
        columns: [
          { header: '行政区划代码', width: 12, value: (i: Compare['items'][number]) => i.regionCode },
          { header: '行政区划', width: 16, value: (i) => i.regionName },
          { header: `${c.indicator.name}（${c.indicator.unit}）`, width: 20, value: (i) => i.value },
          { header: '排名', value: (i) => i.rank },
        ],
        rows: c.items,
      });
    },
    async exportRanking(q: RankingQuery): Promise<Buffer> {
      const r = await reads.ranking({ ...q, page: 1, pageSize: 10_000 });
      const name = indicatorInfo(q.indicator).name;
      return writeSheet({
        name: `${q.year}年${name}排名`,
        columns: [
          { header: '排名', value: (i: RankingPage['items'][number]) => i.rank },
          { header: '行政区划代码', width: 12, value: (i) => i.regionCode },
          { header: '行政区划', width: 24, value: (i) => i.regionName },
          { header: `${name}（${indicatorInfo(q.indicator).unit}）`, width: 20, value: (i) => i.value },
          { header: '同比', numFmt: PERCENT_FORMAT, value: (i) => i.yoy },
        ],
        rows: r.items,
      });
    },
  };
}

const CARD_COLUMNS: ExportColumn<IndicatorValue>[] = [
  { header: '指标', width: 30, value: (c) => c.name },
  { header: '数值', width: 14, value: (c) => c.value },
  { header: '单位', width: 6, value: (c) => c.unit },
  { header: '上年', width: 14, value: (c) => c.previous },
  { header: '同比', width: 10, numFmt: PERCENT_FORMAT, value: (c) => c.yoy },
  { header: '排名', width: 8, value: (c) => c.rank },
  { header: '比较范围', width: 16, value: (c) => c.peerLabel },
  { header: '连续第一（年）', width: 10, value: (c) => (c.streak > 0 ? c.streak : null) },
  { header: '全国', width: 14, value: (c) => c.nationalValue },
  { header: '数据依据', width: 20, value: (c) => c.basisNote },
  { header: '计算公式', width: 50, value: (c) => c.definition.formula },
  { header: '定义来源', width: 50, value: (c) => c.definition.source },
  { header: '定义版本', width: 20, value: (c) => c.definition.version },
];
