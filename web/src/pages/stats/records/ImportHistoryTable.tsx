import { useQuery } from '@tanstack/react-query';
import { Table, Tag } from 'antd';
import { useState } from 'react';
import { type ImportHistory, ImportKindLabels } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { formatDateTime } from '../../../app/format';

/** Past imports with their counts (an admin sees everyone's). */
export function ImportHistoryTable() {
  const { t, label } = useI18n();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const { data, isFetching } = useQuery({ queryKey: ['stats', 'imports', page], queryFn: () => api.get('/stats/imports', { params: { query: page } }), refetchInterval: 5000 });
  const status = { succeeded: ['green', 'stats.import.succeeded'], failed: ['red', 'stats.import.failedShort'], running: ['blue', 'stats.import.running'] } as const;
  return (
    <Table<ImportHistory>
      rowKey="id"
      size="small"
      loading={isFetching}
      dataSource={data?.items}
      pagination={{ current: page.page, pageSize: page.pageSize, total: data?.total, onChange: (p, s) => setPage({ page: p, pageSize: s }), showTotal: (n) => t('common.total', { total: n }) }}
      columns={[
        { title: t('common.createdAt'), dataIndex: 'createdAt', width: 170, render: (d: string) => formatDateTime(d) },
        { title: t('stats.import.kind'), dataIndex: 'kind', width: 160, render: (k: ImportHistory['kind']) => label(ImportKindLabels[k]) },
        { title: t('stats.import.file'), dataIndex: 'fileName', ellipsis: true },
        { title: t('stats.import.status'), dataIndex: 'status', width: 90, render: (s: ImportHistory['status']) => <Tag color={status[s][0]}>{t(status[s][1])}</Tag> },
        { title: t('stats.import.total'), dataIndex: 'total', width: 90, align: 'right' },
        { title: t('stats.import.inserted'), dataIndex: 'inserted', width: 80, align: 'right' },
        { title: t('stats.import.updated'), dataIndex: 'updated', width: 80, align: 'right' },
        { title: t('stats.import.unchanged'), dataIndex: 'unchanged', width: 80, align: 'right' },
        { title: t('stats.import.errors'), dataIndex: 'errorCount', width: 80, align: 'right' },
        { title: t('stats.report.createdBy'), dataIndex: 'createdByName', width: 140 },
      ]}
    />
  );
}
