import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { StatsAccess } from '../../../../../common/stats';
import type { Baseline, BaselineItem } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { StatsImportWizard } from '../components/StatsImportWizard';
import { BaselineDrawer } from './BaselineDrawer';

const num = (v: number | null) => (v === null ? '—' : v.toLocaleString('zh-CN', { maximumFractionDigits: 2 }));

/** Population, GDP and land area of regions by year, each with its source: list, edit, import, export. */
export default function StatsBaselinesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canWrite = hasRole(StatsAccess.write);
  const qc = useQueryClient();
  const list = useListQuery('/stats/baselines', { sort: 'regionCode' });
  const f = list.params.filters;
  const [editing, setEditing] = useState<Baseline | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'baselines', list.query], queryFn: () => api.get('/stats/baselines', { params: { query: list.query } }) });
  const remove = useMutation({
    mutationFn: (b: Baseline) => api.delete('/stats/baselines/{regionCode}/{year}', { params: { path: { regionCode: b.regionCode, year: b.year } } }),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (e) => void message.error(e.message),
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['stats'] });
  return (
    <PageContainer
      title={t('stats.baselines.title')}
      extra={
        <>
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('common.create')}
            </Button>
          )}
          {canWrite && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/baselines/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <InputNumber aria-label={t('stats.year')} placeholder={t('stats.year')} min={1985} max={2100} value={f.year ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<BaselineItem>
        rowKey={(b) => `${b.regionCode}/${b.year}`}
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<BaselineItem>(data?.total, t)}
        scroll={{ x: 1300 }}
        columns={[
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 200, sorter: true, sortOrder: list.sortOrder('regionCode') },
          { title: t('stats.year'), dataIndex: 'year', key: 'year', width: 80, sorter: true, sortOrder: list.sortOrder('year') },
          { title: t('stats.baselines.population'), dataIndex: 'population', key: 'population', align: 'right', width: 150, sorter: true, sortOrder: list.sortOrder('population'), render: num },
          { title: t('stats.baselines.gdp'), dataIndex: 'gdp', key: 'gdp', align: 'right', width: 150, sorter: true, sortOrder: list.sortOrder('gdp'), render: num },
          { title: t('stats.baselines.area'), dataIndex: 'area', key: 'area', align: 'right', width: 150, sorter: true, sortOrder: list.sortOrder('area'), render: num },
          { title: t('stats.figures.source'), key: 'source', ellipsis: true, render: (_: unknown, b) => [...new Set([b.populationSource, b.gdpSource, b.areaSource].filter(Boolean))].join('；') },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 120,
                  fixed: 'right' as const,
                  render: (_: unknown, b: BaselineItem) =>
                    b.canEdit && (
                    <Space>
                      <a onClick={() => setEditing(b)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(b)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <BaselineDrawer open={editing !== undefined} baseline={editing ?? null} onClose={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); refresh(); }} />
      <StatsImportWizard open={importing} kind="baseline" kinds={['baseline']} onClose={() => setImporting(false)} onImported={refresh} />
    </PageContainer>
  );
}
