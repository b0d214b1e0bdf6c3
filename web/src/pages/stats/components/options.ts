import type { Compare, Trend } from '../../../../../common/stats';
import { formatIndicatorValue } from '../../../../../common/stats-format';
import type { ChartOption } from './ChartCard';

const round = (v: number | null, d: number) => (v === null ? null : Number(v.toFixed(d)));

/** A region's indicator over the years as bars, with the national level as a line for ratios. */
export function trendChart(t: Trend, nationalLabel: string, withNational: boolean): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 60, right: 20, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: t.points.map((p) => String(p.year)) },
    yAxis: { type: 'value', name: t.indicator.unit },
    series: [
      { name: t.region.name, type: 'bar', data: t.points.map((p) => round(p.value, t.indicator.decimals)), barMaxWidth: 48, itemStyle: { color: '#1d4ed8' } },
      ...(withNational ? [{ name: nationalLabel, type: 'line', data: t.points.map((p) => round(p.nationalValue, t.indicator.decimals)), itemStyle: { color: '#dc2626' } }] : []),
    ],
  };
}

/** Sub-regions side by side, largest on top. */
export function compareChart(c: Compare): ChartOption {
  const items = [...c.items].reverse();
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 80, right: 50, top: 10, bottom: 20 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: items.map((i) => i.regionName) },
    series: [{ type: 'bar', data: items.map((i) => round(i.value, c.indicator.decimals)), barMaxWidth: 28, itemStyle: { color: '#0f766e' }, label: { show: true, position: 'right', formatter: (p: { value: unknown }) => formatIndicatorValue(Number(p.value), c.indicator.decimals) } }],
  };
}
