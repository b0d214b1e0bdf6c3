import { CopyOutlined, FileExcelOutlined, FilePdfOutlined, SendOutlined } from '@ant-design/icons';
import { skipToken, useQuery } from '@tanstack/react-query';
import { App, Alert, Button, Card, Col, Empty, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { IndicatorId } from '../../../../../common/indicators';
import { StatsAccess } from '../../../../../common/stats';
import { formatIndicatorValue } from '../../../../../common/stats-format';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { ChartCard } from '../components/ChartCard';
import { IndicatorCard } from '../components/IndicatorCard';
import { compareChart, trendChart } from '../components/options';
import { PublishModal } from './PublishModal';
import { ReportModal } from './ReportModal';
import { unitIn, useIndicatorName, useRegionWords } from '../components/localized-names';

/** The indicators shown first, in the order of the statistics paragraph. */
const FIRST: IndicatorId[] = ['domesticPatentGrants', 'trademarkRegistrations', 'patentsPer100MGdp', 'highValueInventionPatentsPer10k', 'inventionPatentsPerKm2', 'pctApplications', 'inventionPatentsPer10k', 'inventionGrants'];

/** The statistics dashboard: indicator cards, the paragraph, trends, sub-regions and the national ranking of a region and year. */
export default function StatsDashboardPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { me, hasRole } = useSession();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? me?.org.regionCode ?? '440300';
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const [showAll, setShowAll] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [reporting, setReporting] = useState(false);
  const set = (next: Record<string, string | undefined>) => {
    const p = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v === undefined) p.delete(k);
      else p.set(k, v);
    }
    setParams(p, { replace: true });
  };

  const dashboard = useQuery({ queryKey: ['stats', 'dashboard', region, year], queryFn: () => api.get('/stats/dashboard', { params: { query: { region, year } } }) });
  const d = dashboard.data;
  const y = d?.year ?? undefined;
  // The address bar may hold any text; the server answers 400 to an unknown indicator.
  const indicator = (params.get('indicator') as IndicatorId | null) ?? 'domesticPatentGrants';
  const card = d?.cards.find((c) => c.id === indicator);
  const indicatorName = useIndicatorName();
  const cardName = card ? indicatorName(card.id) : '';
  const words = useRegionWords();
  const trend = useQuery({ queryKey: ['stats', 'trend', region, indicator], queryFn: () => api.get('/stats/trend', { params: { query: { region, indicator } } }), enabled: !!d?.year });
  const compare = useQuery({ queryKey: ['stats', 'compare', region, y, indicator], queryFn: y && d?.childLevel ? () => api.get('/stats/compare', { params: { query: { region, year: y, indicator } } }) : skipToken });
  const peer = region === '000000' ? null : d?.region.level === 'county' ? `districts:${region.slice(0, 4)}` : d?.region.level === 'province' && !['110000', '120000', '310000', '500000'].includes(region) ? 'provinces' : 'cities';
  const rankingQuery = y && peer ? { year: y, indicator, peer } : null;
  const ranking = useQuery({
    queryKey: ['stats', 'ranking', y, indicator, peer],
    queryFn: rankingQuery && card?.rank ? () => api.get('/stats/ranking', { params: { query: { ...rankingQuery, pageSize: 10 } } }) : skipToken,
  });
  const cards = useMemo(() => {
    const all = d?.cards.filter((c) => c.value !== null) ?? [];
    const first = FIRST.flatMap((id) => all.filter((c) => c.id === id));
    return showAll ? [...first, ...all.filter((c) => !FIRST.includes(c.id))] : first;
  }, [d, showAll]);
  const trendOption = useMemo(() => (trend.data && trend.data.points.length ? trendChart({ ...trend.data, indicator: { ...trend.data.indicator, unit: unitIn(trend.data.indicator.unit, locale) } }, t('stats.national'), card?.kind === 'ratio') : null), [trend.data, card?.kind, t, locale]);
  const compareOption = useMemo(() => (compare.data && compare.data.items.length ? compareChart(compare.data) : null), [compare.data]);
  const name = d?.region.name ?? '';

  return (
    <PageContainer
      title={t('stats.dashboard.title')}
      card={false}
      extra={
        <>
          <RegionPicker value={region === '000000' ? undefined : region} onChange={(code) => set({ region: code ?? undefined, year: undefined })} />
          <Button onClick={() => set({ region: '000000', year: undefined })}>{t('stats.national')}</Button>
          <Select aria-label={t('stats.year')} style={{ width: 110 }} value={y} onChange={(v: number) => set({ year: String(v) })} options={[...(d?.years ?? [])].reverse().map((v) => ({ value: v, label: locale === 'zh' ? `${v}年` : String(v) }))} />
          <Button icon={<FileExcelOutlined />} disabled={!y} onClick={() => void api.download('/stats/dashboard/export.xlsx', { query: { region, year: y } }).catch((e: Error) => message.error(e.message))}>
            {t('stats.dashboard.exportCards')}
          </Button>
          {hasRole(StatsAccess.manage) && (
            <Button icon={<SendOutlined />} disabled={!y || region === '000000'} onClick={() => setPublishing(true)}>
              {t('stats.dashboard.publish')}
            </Button>
          )}
          <Button type="primary" icon={<FilePdfOutlined />} disabled={!y || region === '000000'} onClick={() => setReporting(true)}>
            {t('stats.dashboard.report')}
          </Button>
        </>
      }
    >
      <Spin spinning={dashboard.isFetching}>
        {dashboard.error && <Alert type="error" showIcon title={dashboard.error.message} />}
        {d && !d.year && <Empty description={t('stats.noData')} />}
        {d?.year && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card
              size="small"
              title={`${d.region.fullName} ${locale === 'zh' ? `${d.year}年` : d.year} · ${t('stats.dashboard.narrative')}`}
              extra={
                <Space>
                  {d.publishedAt ? <Tag color="green">{t('stats.dashboard.published', { date: formatDate(d.publishedAt) })}</Tag> : <Tag>{t('stats.dashboard.unpublished')}</Tag>}
                  <Button size="small" icon={<CopyOutlined />} onClick={() => void navigator.clipboard.writeText(d.narrative).then(() => message.success(t('stats.dashboard.copied')))}>
                    {t('stats.dashboard.copy')}
                  </Button>
                </Space>
              }
            >
              <Typography.Paragraph data-testid="narrative" style={{ fontSize: 15, lineHeight: 1.9, marginBottom: 0 }}>
                {d.narrative}
              </Typography.Paragraph>
            </Card>
            <Row gutter={[12, 12]}>
              {cards.map((c) => (
                <Col key={c.id} xs={24} sm={12} lg={8} xl={6}>
                  <IndicatorCard card={c} selected={c.id === indicator} onSelect={() => set({ indicator: c.id })} />
                </Col>
              ))}
            </Row>
            <Button type="link" onClick={() => setShowAll(!showAll)}>
              {t('stats.dashboard.allIndicators')}
            </Button>
            <Row gutter={[12, 12]}>
              <Col xs={24} xl={d.childLevel ? 14 : 24}>
                <ChartCard testId="trend-chart" title={`${t('stats.dashboard.trend')} · ${cardName}`} option={trendOption} loading={trend.isFetching} fileName={`${name}${card?.name ?? ''}趋势`} excel={{ path: '/stats/trend/export.xlsx', params: { query: { region, indicator } } }} />
              </Col>
              {d.childLevel && (
                <Col xs={24} xl={10}>
                  <ChartCard testId="compare-chart" title={`${t('stats.dashboard.compare', { level: words.childLevel(d.childLevel) })} · ${cardName}`} option={compareOption} loading={compare.isFetching} fileName={`${name}${y}年各${d.childLevel}${card?.name ?? ''}`} excel={{ path: '/stats/compare/export.xlsx', params: { query: { region, year: d.year, indicator } } }} height={Math.max(240, (compare.data?.items.length ?? 0) * 30 + 40)} />
                </Col>
              )}
            </Row>
            {ranking.data && rankingQuery && (
              <Card size="small" title={`${words.peer(ranking.data.peerLabel)} · ${cardName} · ${t('stats.rank')}`} extra={<Space><Link to={`/stats/rankings?year=${y}&indicator=${indicator}&peer=${peer}`}>{t('menu.statsRankings')}</Link><Button size="small" icon={<FileExcelOutlined />} onClick={() => void api.download('/stats/ranking/export.xlsx', { query: rankingQuery })}>{t('stats.chart.excel')}</Button></Space>}>
                <Table
                  size="small"
                  rowKey="regionCode"
                  pagination={false}
                  dataSource={ranking.data.items}
                  rowClassName={(r) => (r.regionCode === region ? 'ant-table-row-selected' : '')}
                  columns={[
                    { title: t('stats.rank'), dataIndex: 'rank', width: 70 },
                    { title: t('stats.region'), dataIndex: 'regionName' },
                    { title: unitIn(card?.unit ?? '', locale) ? `${cardName}（${card?.unit ?? ''}）` : cardName, dataIndex: 'value', align: 'right', render: (v: number | null) => formatIndicatorValue(v, card?.decimals ?? 0) },
                  ]}
                />
              </Card>
            )}
          </Space>
        )}
      </Spin>
      {d?.year && <PublishModal open={publishing} region={d.region} year={d.year} onClose={() => setPublishing(false)} onDone={() => void dashboard.refetch()} />}
      {d?.year && <ReportModal open={reporting} regionCode={region} year={d.year} onClose={() => setReporting(false)} />}
    </PageContainer>
  );
}
