import { FileExcelOutlined, PictureOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Spin } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { type ReactNode, useEffect, useRef } from 'react';
import { saveBlob } from '../../../app/api';
import { api, type GetParams, type GetPath } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Saves a chart as a PNG image (white background, double resolution). The data URL is decoded here: the CSP lets fetch reach only the app itself. */
function savePng(chart: echarts.ECharts, name: string): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(new Blob([bytes], { type: 'image/png' }), `${name}.png`);
}

/** A chart in a card whose header exports it as a PNG image and its data as Excel. */
export function ChartCard<P extends GetPath>(props: { title: ReactNode; option: ChartOption | null; height?: number; fileName: string; excel?: { path: P; params: GetParams<P> }; extra?: ReactNode; loading?: boolean; testId?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    chart.current ??= echarts.init(box.current);
    // The div stays mounted while data loads, so the chart keeps its canvas between options.
    if (props.option) chart.current.setOption({ animation: false, ...props.option }, true);
    else chart.current.clear();
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(box.current);
    return () => observer.disconnect();
  }, [props.option]);
  useEffect(
    () => () => {
      chart.current?.dispose();
      chart.current = null;
    },
    [],
  );

  return (
    <Card
      title={props.title}
      size="small"
      data-testid={props.testId}
      extra={
        <Space wrap>
          {props.extra}
          <Button size="small" icon={<PictureOutlined />} disabled={!props.option} onClick={() => chart.current && savePng(chart.current, props.fileName)}>
            {t('stats.chart.png')}
          </Button>
          {props.excel && (
            <Button size="small" icon={<FileExcelOutlined />} onClick={() => void api.download(props.excel!.path, props.excel!.params).catch((e: Error) => message.error(e.message))}>
              {t('stats.chart.excel')}
            </Button>
          )}
        </Space>
      }
    >
      <Spin spinning={!!props.loading}>
        <div style={{ position: 'relative' }}>
          <div ref={box} style={{ width: '100%', height: props.height ?? 320 }} />
          {!props.option && !props.loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ position: 'absolute', inset: 0, paddingTop: 80, margin: 0 }} />}
        </div>
      </Spin>
    </Card>
  );
}
