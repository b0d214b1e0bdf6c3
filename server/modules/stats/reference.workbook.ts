import type { Baseline, Figure } from '../../../common/stats-records';
import type { ExportColumn } from '../../platform/excel';

/** The columns of the baselines export. */
export const BASELINE_COLUMNS: ExportColumn<Baseline>[] = [
  { header: '行政区划代码', width: 12, value: (b) => b.regionCode },
  { header: '行政区划', width: 22, value: (b) => b.regionName },
  { header: '年份', width: 8, value: (b) => b.year },
  { header: '年末常住人口（万人）', width: 14, value: (b) => b.population },
  { header: '人口来源', width: 30, value: (b) => b.populationSource },
  { header: '地区生产总值（亿元）', width: 14, value: (b) => b.gdp },
  { header: 'GDP来源', width: 30, value: (b) => b.gdpSource },
  { header: '土地面积（平方公里）', width: 14, value: (b) => b.area },
  { header: '面积来源', width: 30, value: (b) => b.areaSource },
];
/** The columns of the published figures export. */
export const FIGURE_COLUMNS: ExportColumn<Figure>[] = [
  { header: '行政区划代码', width: 12, value: (f) => f.regionCode },
  { header: '行政区划', width: 22, value: (f) => f.regionName },
  { header: '年份', width: 8, value: (f) => f.year },
  { header: '统计项', width: 26, value: (f) => f.measureName },
  { header: '数值', width: 12, value: (f) => f.value },
  { header: '来源', width: 40, value: (f) => f.source },
];
