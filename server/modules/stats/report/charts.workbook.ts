import * as echarts from 'echarts';
import type { Compare, Trend } from '../../../../common/stats';
import { formatIndicatorValue } from '../../../../common/stats-format';

export const CHART_FONT = 'NotoSansSC';

/**
 * Renders an ECharts option to SVG on the server. The white halo ECharts draws behind value
 * labels is removed: svg-to-pdfkit ignores paint-order and would paint the halo over the glyphs.
 */
export function renderSvg(option: echarts.EChartsCoreOption, width = 760, height = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace(/(<text[^>]*?) stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g, '$1');
}

/** Bars of a region's indicator over the years, with the national level as a line for ratios. */
export function trendOption(t: Trend, withNational: boolean): echarts.EChartsCoreOption {
  const years = t.points.map((p) => String(p.year));
  const round = (v: number | null) => (v === null ? null : Number(v.toFixed(t.indicator.decimals)));
  return {
    title: { text: `${t.region.name}${t.indicator.name}（${t.indicator.unit}）`, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [t.region.name, ...(withNational ? ['全国'] : [])] },
    grid: { left: 70, right: 30, top: 40, bottom: 50 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value' },
    series: [
      { name: t.region.name, type: 'bar', data: t.points.map((p) => round(p.value)), itemStyle: { color: '#1d4ed8' }, label: { show: t.points.length <= 12, position: 'top', fontSize: 9, formatter: (p: { value: unknown }) => formatIndicatorValue(Number(p.value), t.indicator.decimals) } },
      ...(withNational ? [{ name: '全国', type: 'line', data: t.points.map((p) => round(p.nationalValue)), itemStyle: { color: '#dc2626' } }] : []),
    ],
  };
}

/** Sub-regions side by side, largest first. */
export function compareOption(c: Compare): echarts.EChartsCoreOption {
  const items = [...c.items].reverse();
  return {
    title: { text: `${c.year}年${c.region.name}各${c.region.level === 'province' ? '市' : '区'}${c.indicator.name}（${c.indicator.unit}）`, left: 'center', textStyle: { fontSize: 14 } },
    grid: { left: 90, right: 60, top: 40, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: items.map((i) => i.regionName) },
    series: [{ type: 'bar', data: items.map((i) => (i.value === null ? null : Number(i.value.toFixed(c.indicator.decimals)))), itemStyle: { color: '#0f766e' }, label: { show: true, position: 'right', fontSize: 9, formatter: (p: { value: unknown }) => formatIndicatorValue(Number(p.value), c.indicator.decimals) } }],
  };
}
