import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, InputNumber, Space, Table } from 'antd';
import { useState } from 'react';
import type { Report } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { ReportModal } from '../dashboard/ReportModal';
import { formatDateTime } from '../../../app/format';

/** The yearly statistics reports made so far, and making a new one. */
export default function StatsReportsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const qc = useQueryClient();
  const list = useListQuery('/stats/reports', { sort: 'createdAt', order: 'desc' });
  const f = list.params.filters;
  const [region, setRegion] = useState<string>(me?.org.regionCode ?? '440300');
  const [year, setYear] = useState<number>(2023);
  const [making, setMaking] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'reports', list.query], queryFn: () => api.get('/stats/reports', { params: { query: list.query } }) });
  return (
    <PageContainer
      title={t('stats.report.title')}
      extra={
        <Space wrap>
          <RegionPicker value={region} onChange={(c) => c && setRegion(c)} />
          <InputNumber aria-label={t('stats.year')} min={1985} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setMaking(true)}>
            {t('stats.report.generate')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/stats/reports/export.xlsx', { query: list.exportQuery })}>
            {t('common.export')}
          </Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <InputNumber aria-label={t('stats.year')} placeholder={t('stats.year')} min={1985} max={2100} value={f.year ? Number(f.year) : null} onChange={(v) => list.setFilters({ ...f, year: v ? String(v) : undefined })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Report>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Report>(data?.total, t)}
        columns={[
          { title: t('stats.patent.title'), dataIndex: 'title' },
          { title: t('stats.report.size'), dataIndex: 'pdfSize', width: 100, render: (s: number) => `${Math.round(s / 1024)} KB` },
          { title: t('stats.report.createdBy'), dataIndex: 'createdByName', width: 140 },
          { title: t('stats.report.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 180, sorter: true, sortOrder: list.sortOrder('createdAt'), render: (d: string) => formatDateTime(d) },
          {
            title: t('common.actions'),
            key: 'a',
            width: 200,
            render: (_: unknown, r) => (
              <Space>
                <Button size="small" icon={<FilePdfOutlined />} onClick={() => void api.download('/stats/reports/{id}/{format}', { path: { id: r.id, format: 'pdf' } })}>
                  PDF
                </Button>
                <Button size="small" icon={<FileExcelOutlined />} onClick={() => void api.download('/stats/reports/{id}/{format}', { path: { id: r.id, format: 'xlsx' } })}>
                  Excel
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReportModal
        open={making}
        regionCode={region}
        year={year}
        onClose={() => {
          setMaking(false);
          void qc.invalidateQueries({ queryKey: ['stats', 'reports'] });
        }}
      />
    </PageContainer>
  );
}
