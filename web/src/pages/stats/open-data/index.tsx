import { useQuery } from '@tanstack/react-query';
import { Card, Space, Table, Typography } from 'antd';
import type { OpenPublication } from '../../../../../common/stats-records';
import { api, type GetPath, href as routeHref, type QueryOf } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';

// Links a visitor opens or copies, not calls: the typed client's href checks each route and query.
function href<P extends GetPath>(path: P, query?: QueryOf<P>): string {
  return (routeHref as (p: GetPath, params?: { query?: unknown }) => string)(path, query === undefined ? undefined : { query });
}

const ENDPOINTS = [
  { path: href('/stats/open/publications'), zh: '已发布的地区和年度，附统计分析段落', en: 'Published regions and years with their summary' },
  { path: href('/stats/open/indicators', { region: '440300', year: 2023 }), zh: '某地区某年度的全部已发布指标（JSON）', en: 'All published indicators of a region and year (JSON)' },
  { path: href('/stats/open/indicators.csv', { region: '440300' }), zh: '某地区历年已发布指标（CSV，UTF-8）', en: 'A region’s published indicators over the years (CSV, UTF-8)' },
  { path: href('/stats/open/indicators', { parent: '440300', year: 2023, indicator: 'domesticPatentGrants' }), zh: '下级各区的某项指标', en: 'One indicator of the districts' },
  { path: href('/stats/open/catalogue'), zh: '指标目录：公式、单位、定义来源与版本', en: 'Indicator catalogue: formula, unit, source and version' },
];

/** The open-data page: what the read-only API offers, the published data sets, and the OpenAPI documentation. */
export default function OpenDataPage() {
  const { t, locale } = useI18n();
  const pubs = useQuery({ queryKey: ['open', 'publications'], queryFn: () => api.get('/stats/open/publications') });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('stats.open.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('stats.open.intro')}</Typography.Paragraph>
      <Card size="small" title={t('stats.open.endpoints')} extra={<a href="/api/docs" target="_blank" rel="noreferrer">{t('stats.open.docs')}</a>}>
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={ENDPOINTS}
          columns={[
            { title: 'GET', dataIndex: 'path', render: (p: string) => <a href={p} target="_blank" rel="noreferrer"><code>{p}</code></a> },
            { title: '', key: 'd', render: (_: unknown, e) => (locale === 'zh' ? e.zh : e.en) },
          ]}
        />
      </Card>
      <Card size="small" title={t('stats.open.datasets')}>
        <Table<OpenPublication>
          size="small"
          rowKey={(p) => `${p.regionCode}/${p.year}`}
          loading={pubs.isFetching}
          dataSource={pubs.data}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: t('stats.region'), dataIndex: 'regionName' },
            { title: t('stats.year'), dataIndex: 'year', width: 90 },
            { title: t('stats.publications.publishedAt'), dataIndex: 'publishedAt', width: 140, render: (d: string) => formatDate(d) },
            {
              title: '',
              key: 'links',
              width: 160,
              render: (_: unknown, p) => (
                <Space>
                  <a href={href('/stats/open/indicators', { region: p.regionCode, year: p.year })} target="_blank" rel="noreferrer">{t('stats.open.json')}</a>
                  <a href={href('/stats/open/indicators.csv', { region: p.regionCode, year: p.year })}>{t('stats.open.csv')}</a>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
