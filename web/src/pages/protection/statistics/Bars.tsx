import { Card, Empty } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** A small horizontal bar chart of counts, with the settled share as a second series. */
export function Bars(props: { title: string; rows: { name: string; count: number; succeeded: number }[]; series: [string, string] }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current || props.rows.length === 0) return;
    chart.current ??= echarts.init(box.current);
    const rows = [...props.rows].reverse();
    chart.current.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: rows.map((r) => r.name) },
        series: [
          { name: props.series[0], type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#5b8ff9' } },
          { name: props.series[1], type: 'bar', data: rows.map((r) => r.succeeded), itemStyle: { color: '#5ad8a6' } },
        ],
      },
      true,
    );
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [props.rows, props.series]);
  useEffect(
    () => () => {
      chart.current?.dispose();
      chart.current = null;
    },
    [],
  );
  return (
    <Card title={props.title} size="small" style={{ height: '100%' }}>
      {props.rows.length ? <div ref={box} style={{ width: '100%', height: Math.max(160, 40 + props.rows.length * 34) }} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
    </Card>
  );
}
