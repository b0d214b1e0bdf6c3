import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Popconfirm, Space, Table, Typography } from 'antd';
import { Link } from 'react-router';
import type { Publication } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';

/** What the public sees: published regions and years, with their paragraph; withdraw one. */
export default function StatsPublicationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useListQuery('/stats/publications', { sort: 'publishedAt', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'publications', list.query], queryFn: () => api.get('/stats/publications', { params: { query: list.query } }) });
  const withdraw = useMutation({
    mutationFn: (p: Publication) => api.delete('/stats/publications/{regionCode}/{year}', { params: { path: { regionCode: p.regionCode, year: p.year } } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['stats'] }),
    onError: (e) => void message.error(e.message),
  });
  return (
    <PageContainer
      title={t('stats.publications.title')}
      extra={
        <>
          <Link to="/p/stats" target="_blank">
            {t('stats.public.title')}
          </Link>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/publications/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Alert type="info" showIcon title={t('stats.publications.hint')} style={{ marginBottom: 12 }} />
      <Space wrap className="filter-bar">
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <InputNumber aria-label={t('stats.year')} placeholder={t('stats.year')} min={1985} max={2100} value={f.year ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Publication>
        rowKey={(p) => `${p.regionCode}/${p.year}`}
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Publication>(data?.total, t)}
        expandable={{ expandedRowRender: (p) => <Typography.Paragraph style={{ margin: 0 }}>{p.narrative}</Typography.Paragraph> }}
        columns={[
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', sorter: true, sortOrder: list.sortOrder('regionCode'), render: (n: string, p) => <Link to={`/stats?region=${p.regionCode}&year=${p.year}`}>{n}</Link> },
          { title: t('stats.year'), dataIndex: 'year', key: 'year', width: 90, sorter: true, sortOrder: list.sortOrder('year') },
          { title: t('stats.publications.count'), dataIndex: 'indicatorCount', width: 90 },
          { title: t('stats.publications.publishedBy'), dataIndex: 'publishedByName', width: 150 },
          { title: t('stats.publications.publishedAt'), dataIndex: 'publishedAt', key: 'publishedAt', width: 180, sorter: true, sortOrder: list.sortOrder('publishedAt'), render: (d: string) => formatDateTime(d) },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_: unknown, p) => (
              <Popconfirm title={t('stats.publications.withdrawConfirm')} onConfirm={() => withdraw.mutate(p)}>
                <a>{t('stats.publications.withdraw')}</a>
              </Popconfirm>
            ),
          },
        ]}
      />
    </PageContainer>
  );
}
