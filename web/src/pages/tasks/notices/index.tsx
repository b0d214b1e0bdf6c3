import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Select, Space, Table } from 'antd';
import { Link } from 'react-router';
import { type Notice, NoticeStatusLabels, NoticeStatusSchema } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';
import { NoticeStatusTag, yearOptions } from '../shared';

/** Supervision notices (督办单): filter, sort, page and export; answering happens on the task page. */
export default function NoticesPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery('/tasks/supervision-notices', { sort: 'issuedAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['notices', list.query], queryFn: () => api.get('/tasks/supervision-notices', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('notice.listTitle')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/supervision-notices/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Space wrap className="filter-bar">
        <Select allowClear placeholder={t('notice.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={NoticeStatusSchema.options.map((s) => ({ value: s, label: label(NoticeStatusLabels[s]) }))} style={{ width: 140 }} />
        <Select allowClear placeholder={t('plan.year')} value={list.text('year') ? Number(list.text('year')) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={yearOptions()} style={{ width: 100 }} />
        <OrgPicker allowClear placeholder={t('notice.org')} value={list.text('orgId')} onChange={(orgId) => list.setFilters({ ...f, orgId })} style={{ width: 220 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Notice>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Notice>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          { title: t('notice.number'), dataIndex: 'number', width: 130 },
          { title: t('task.title'), key: 'task', render: (_: unknown, n) => <Link to={`/tasks/${n.taskId}`}>{`${n.taskPath} ${n.taskTitle}`}</Link> },
          { title: t('notice.org'), dataIndex: 'orgName', width: 170, ellipsis: true },
          { title: t('notice.reason'), dataIndex: 'reason', width: 180, ellipsis: true },
          { title: t('notice.issuedAt'), dataIndex: 'issuedAt', key: 'issuedAt', width: 160, sorter: true, sortOrder: list.sortOrder('issuedAt'), render: (d: string) => formatDateTime(d) },
          { title: t('notice.responseDue'), dataIndex: 'responseDue', key: 'responseDue', width: 110, sorter: true, sortOrder: list.sortOrder('responseDue') },
          { title: t('notice.status'), dataIndex: 'status', key: 'level', width: 140, sorter: true, sortOrder: list.sortOrder('level'), render: (s: Notice['status'], n) => <NoticeStatusTag status={s} level={n.level} /> },
        ]}
      />
    </PageContainer>
  );
}
