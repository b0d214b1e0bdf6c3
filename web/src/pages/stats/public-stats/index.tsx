import { InfoCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Select, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type IndicatorId, indicatorInfo } from '../../../../../common/indicators';
import { formatChange, formatDecimal, formatIndicatorValue, formatThousands } from '../../../../../common/stats-format';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { ChartCard } from '../components/ChartCard';
import { headline } from '../components/IndicatorCard';
import { unitIn, useIndicatorName, useRegionWords } from '../components/localized-names';

const KEY: IndicatorId[] = ['domesticPatentGrants', 'trademarkRegistrations', 'patentsPer100MGdp', 'highValueInventionPatentsPer10k', 'inventionPatentsPerKm2', 'pctApplications', 'inventionPatentsPer10k', 'inventionGrants'];

/** The public statistics page: published regions and years only, with the paragraph, the key indicators, a trend and the districts. */
export default function PublicStatsPage() {
  const { t, locale } = useI18n();
  const indicatorName = useIndicatorName();
  const words = useRegionWords();
  const [params, setParams] = useSearchParams();
  const pubs = useQuery({ queryKey: ['open', 'publications'], queryFn: () => api.get('/stats/open/publications') });
  const list = pubs.data ?? [];
  const cities = list.filter((p) => p.regionCode.endsWith('00'));
  const region = params.get('region') ?? cities[0]?.regionCode ?? list[0]?.regionCode;
  const years = list.filter((p) => p.regionCode === region).map((p) => p.year);
  const year = params.get('year') ? Number(params.get('year')) : years[0];
  const pub = list.find((p) => p.regionCode === region && p.year === year);
  const values = useQuery({ queryKey: ['open', 'values', region, year], queryFn: () => api.get('/stats/open/indicators', { params: { query: { region, year } } }), enabled: !!pub });
  const series = useQuery({ queryKey: ['open', 'series', region], queryFn: () => api.get('/stats/open/indicators', { params: { query: { region, indicator: 'domesticPatentGrants' } } }), enabled: !!region });
  const districts = useQuery({ queryKey: ['open', 'districts', region, year], queryFn: () => api.get('/stats/open/indicators', { params: { query: { parent: region, year } } }), enabled: !!pub });
  const cards = KEY.flatMap((id) => values.data?.filter((v) => v.indicatorId === id) ?? []);
  const option = useMemo(() => {
    const s = (series.data ?? []).sort((a, b) => a.year - b.year);
    if (!s.length) return null;
    return { tooltip: { trigger: 'axis' }, grid: { left: 60, right: 20, top: 20, bottom: 30 }, xAxis: { type: 'category', data: s.map((v) => String(v.year)) }, yAxis: { type: 'value', name: '件' }, series: [{ type: 'bar', data: s.map((v) => v.value), barMaxWidth: 56, itemStyle: { color: '#1d4ed8' }, label: { show: true, position: 'top', formatter: (p: { value: unknown }) => formatThousands(Number(p.value)) } }] };
  }, [series.data]);
  const districtRows = useMemo(() => {
    const rows = new Map<string, Record<string, string | number | null>>();
    for (const v of districts.data ?? []) {
      const r = rows.get(v.regionCode) ?? { regionName: v.regionName.replace(/^.*?市/, '') };
      r[v.indicatorId] = v.value;
      rows.set(v.regionCode, r);
    }
    return [...rows.entries()].map(([code, r]) => ({ code, ...r }));
  }, [districts.data]);

  if (pubs.isLoading) return <Spin />;
  if (!list.length) return <Empty description={t('stats.public.none')} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('stats.public.title')}
        </Typography.Title>
        <Select aria-label={t('stats.region')} style={{ width: 240 }} value={region} onChange={(r: string) => setParams({ region: r })} options={[...new Map(list.map((p) => [p.regionCode, p.regionName])).entries()].map(([value, label]) => ({ value, label }))} />
        <Select aria-label={t('stats.year')} style={{ width: 110 }} value={year} onChange={(y: number) => setParams({ region: region ?? '', year: String(y) })} options={years.map((y) => ({ value: y, label: locale === 'zh' ? `${y}年` : String(y) }))} />
        {pub && <Tag>{t('stats.public.publishedAt', { date: formatDate(pub.publishedAt) })}</Tag>}
        <Link to="/p/open-data">{t('stats.public.openData')}</Link>
      </Space>
      {pub && (
        <Card>
          <Typography.Paragraph data-testid="public-narrative" style={{ fontSize: 16, lineHeight: 2, margin: 0 }}>
            {pub.narrative}
          </Typography.Paragraph>
        </Card>
      )}
      <Row gutter={[12, 12]}>
        {cards.map((c) => (
          <Col key={c.indicatorId} xs={24} sm={12} lg={6}>
            <Card size="small" data-testid={`public-card-${c.indicatorId}`}>
              <Space size={4}>
                <Typography.Text type="secondary">{indicatorName(c.indicatorId)}</Typography.Text>
                <Tooltip title={`${c.formula}（${c.definitionSource}，${c.definitionVersion}）`}>
                  <InfoCircleOutlined style={{ color: '#999' }} />
                </Tooltip>
              </Space>
              <div style={{ fontSize: 24, fontWeight: 600 }}>
                {headline({ kind: indicatorInfo(c.indicatorId).kind, value: c.value, decimals: indicatorInfo(c.indicatorId).decimals }, locale)} <span style={{ fontSize: 14, fontWeight: 400 }}>{unitIn(c.unit, locale)}</span>
              </div>
              <Typography.Text style={{ fontSize: 12 }}>
                {c.yoy !== null && `${t('stats.yoy')} ${formatChange(c.yoy)} · `}
                {c.rank !== null && `${words.peer(c.peerLabel)} ${t('stats.rankOf', { rank: c.rank, of: c.rankOf ?? '' })}`}
                {c.streak >= 2 && ` · ${t('stats.streak', { n: c.streak })}`}
                {c.nationalAverage !== null && ` · ${t('stats.nationalAverage')} ${formatDecimal(c.nationalAverage)}`}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <ChartCard title={`${indicatorName('domesticPatentGrants')} · ${t('stats.dashboard.trend')}`} option={option} fileName={`${pub?.regionName ?? ''}国内专利授权量`} />
      {districtRows.length > 0 && (
        <Card size="small" title={t('stats.public.districts')}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={districtRows}
            scroll={{ x: true }}
            columns={[
              { title: t('stats.region'), dataIndex: 'regionName', width: 120 },
              ...KEY.map((id) => ({ title: indicatorName(id), dataIndex: id, align: 'right' as const, render: (v: number | null | undefined) => formatIndicatorValue(v ?? null, indicatorInfo(id).decimals) })),
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
