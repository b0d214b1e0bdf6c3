import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, InputNumber, Select, Space, Table } from 'antd';
import { Link } from 'react-router';
import { INDICATORS, type IndicatorId, indicatorInfo } from '../../../../../common/indicators';
import type { RankingRow } from '../../../../../common/stats';
import { formatChange, formatIndicatorValue } from '../../../../../common/stats-format';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { useIndicatorName } from '../components/localized-names';

/** A peer group ranked by one indicator: filter by year, indicator, peer group and name; sort; page; export. */
export default function StatsRankingsPage() {
  const { t, locale } = useI18n();
  const indicatorName = useIndicatorName();
  const { message } = App.useApp();
  const { me } = useSession();
  const list = useListQuery('/stats/ranking', { sort: 'rank', pageSize: 50 });
  const f = list.params.filters;
  const year = Number(f.year ?? 2023);
  // The address bar may hold any text; the server answers 400 to an unknown indicator.
  const indicator = (f.indicator as IndicatorId | undefined) ?? 'domesticPatentGrants';
  const own = me?.org.regionCode ?? '440300';
  const peer = (f.peer as string | undefined) ?? 'cities';
  const query = { ...list.query, year, indicator, peer };
  const { data, isFetching, error } = useQuery({ queryKey: ['stats', 'rankings', query], queryFn: () => api.get('/stats/ranking', { params: { query } }) });
  const info = indicatorInfo(indicator);
  const peers = [
    { value: 'cities', label: t('stats.rankings.cities') },
    { value: 'provinces', label: t('stats.rankings.provinces') },
    { value: `province:${own.slice(0, 2)}`, label: t('stats.rankings.province') },
    { value: `districts:${own.slice(0, 4)}`, label: t('stats.rankings.districts') },
  ];
  return (
    <PageContainer
      title={t('stats.rankings.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/ranking/export.xlsx', { query: { ...list.exportQuery, year, indicator, peer } }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Space wrap className="filter-bar">
        <InputNumber aria-label={t('stats.year')} min={1985} max={2100} value={year} onChange={(v) => v && list.setFilters({ ...f, year: String(v) })} addonAfter={locale === 'zh' ? '年' : undefined} />
        <Select aria-label={t('stats.indicator')} style={{ width: 300 }} value={indicator} showSearch={{ optionFilterProp: 'label' }} onChange={(v: string) => list.setFilters({ ...f, indicator: v })} options={INDICATORS.map((i) => ({ value: i.id, label: indicatorName(i.id) }))} />
        <Select aria-label={t('stats.rankings.peer')} style={{ width: 200 }} value={peer} onChange={(v: string) => list.setFilters({ ...f, peer: v })} options={peers} />
        <Input.Search allowClear placeholder={t('stats.region')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 200 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      {error && <div style={{ color: '#cf1322', marginBottom: 8 }}>{error.message}</div>}
      <Table<RankingRow>
        rowKey="regionCode"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<RankingRow>(data?.total, t)}
        columns={[
          { title: t('stats.rank'), dataIndex: 'rank', key: 'rank', width: 90, sorter: true, sortOrder: list.sortOrder('rank') },
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: list.sortOrder('regionCode'), render: (n: string, r) => <Link to={`/stats?region=${r.regionCode}&year=${year}&indicator=${indicator}`}>{n}</Link> },
          { title: locale === 'en' || !info.unit ? indicatorName(indicator) : `${indicatorName(indicator)}（${info.unit}）`, dataIndex: 'value', key: 'value', align: 'right', sorter: true, sortOrder: list.sortOrder('value'), render: (v: number | null) => formatIndicatorValue(v, info.decimals) },
          { title: t('stats.yoy'), dataIndex: 'yoy', align: 'right', width: 110, render: (v: number | null) => formatChange(v) },
        ]}
      />
    </PageContainer>
  );
}
