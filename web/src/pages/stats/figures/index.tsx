import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, InputNumber, Popconfirm, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { MEASURES, StatsAccess } from '../../../../../common/stats';
import type { Figure, FigureItem } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { StatsImportWizard } from '../components/StatsImportWizard';
import { FigureDrawer } from './FigureDrawer';

/** Published totals of regions and years whose records the platform does not hold: list, enter by hand, import, export, delete. */
export default function StatsFiguresPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const canWrite = hasRole(StatsAccess.write);
  const qc = useQueryClient();
  const list = useListQuery('/stats/figures', { sort: 'regionCode' });
  const f = list.params.filters;
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<Figure | null | undefined>(undefined);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'figures', list.query], queryFn: () => api.get('/stats/figures', { params: { query: list.query } }) });
  const remove = useMutation({
    mutationFn: (x: Figure) => api.delete('/stats/figures/{regionCode}/{year}/{measure}', { params: { path: { regionCode: x.regionCode, year: x.year, measure: x.measure } } }),
    onSuccess: () => {
      void message.success(t('common.deleted'));
      void qc.invalidateQueries({ queryKey: ['stats'] });
    },
    onError: (e) => void message.error(e.message),
  });
  return (
    <PageContainer
      title={t('stats.figures.title')}
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
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/figures/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Alert type="info" showIcon title={t('stats.figures.hint')} style={{ marginBottom: 12 }} />
      <Space wrap className="filter-bar">
        <RegionPicker allowClear value={typeof f.regionCode === 'string' ? f.regionCode : undefined} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <InputNumber aria-label={t('stats.year')} placeholder={t('stats.year')} min={1985} max={2100} value={f.year ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} />
        <Select allowClear placeholder={t('stats.figures.measure')} style={{ width: 240 }} value={typeof f.measure === 'string' ? f.measure : undefined} onChange={(measure?: string) => list.setFilters({ ...f, measure })} options={MEASURES.map((m) => ({ value: m.key, label: m.zh }))} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<FigureItem>
        rowKey={(x) => `${x.regionCode}/${x.year}/${x.measure}`}
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<FigureItem>(data?.total, t)}
        columns={[
          { title: t('stats.region'), dataIndex: 'regionName', key: 'regionCode', width: 200, sorter: true, sortOrder: list.sortOrder('regionCode') },
          { title: t('stats.year'), dataIndex: 'year', key: 'year', width: 80, sorter: true, sortOrder: list.sortOrder('year') },
          { title: t('stats.figures.measure'), dataIndex: 'measureName', key: 'measure', width: 240, sorter: true, sortOrder: list.sortOrder('measure') },
          { title: t('stats.value'), dataIndex: 'value', key: 'value', width: 130, align: 'right', sorter: true, sortOrder: list.sortOrder('value'), render: (v: number) => v.toLocaleString() },
          { title: t('stats.figures.source'), dataIndex: 'source', ellipsis: true },
          ...(canWrite
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 120,
                  render: (_: unknown, x: FigureItem) =>
                    x.canEdit && (
                    <Space>
                      <a onClick={() => setEditing(x)}>{t('common.edit')}</a>
                      <Popconfirm title={t('common.confirmDelete')} onConfirm={() => remove.mutate(x)}>
                        <a>{t('common.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FigureDrawer open={editing !== undefined} figure={editing ?? null} onClose={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); void qc.invalidateQueries({ queryKey: ['stats'] }); }} />
      <StatsImportWizard open={importing} kind="figure" kinds={['figure']} onClose={() => setImporting(false)} onImported={() => void qc.invalidateQueries({ queryKey: ['stats'] })} />
    </PageContainer>
  );
}
