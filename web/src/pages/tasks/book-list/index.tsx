import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { ReceiverKindLabels, type TaskBook } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { ProgressCell, yearOptions } from '../shared';
import { formatDateTime } from '../../../app/format';

/** Task books issued to units and districts, with whether the receiver has acknowledged them. */
export default function BookListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const list = useListQuery('/tasks/task-books', { sort: 'issuedAt', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['task-books', list.query], queryFn: () => api.get('/tasks/task-books', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('book.listTitle')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/task-books/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('book.searchPlaceholder')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('plan.year')} value={list.text('year') ? Number(list.text('year')) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={yearOptions()} style={{ width: 100 }} />
        <Select allowClear placeholder={t('book.acknowledged')} value={list.text('acknowledged')} onChange={(acknowledged?: string) => list.setFilters({ ...f, acknowledged })} options={[{ value: 'true', label: t('book.ackYes') }, { value: 'false', label: t('book.ackNo') }]} style={{ width: 120 }} />
        <RegionPicker allowClear value={list.text('regionCode')} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<TaskBook>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<TaskBook>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('book.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, b) => <Link to={`/task-books/${b.id}`}>{v}</Link> },
          { title: t('book.receiver'), dataIndex: 'receiverOrgName', key: 'receiver', width: 240, sorter: true, sortOrder: list.sortOrder('receiver') },
          { title: t('book.receiverKind'), dataIndex: 'receiverKind', width: 100, render: (k: TaskBook['receiverKind']) => <Tag>{label(ReceiverKindLabels[k])}</Tag> },
          { title: t('book.tasks'), dataIndex: 'taskCount', width: 80 },
          { title: t('plan.progress'), dataIndex: 'progress', width: 160, render: (p: number) => <ProgressCell percent={p} /> },
          { title: t('book.issuedAt'), dataIndex: 'issuedAt', key: 'issuedAt', width: 150, sorter: true, sortOrder: list.sortOrder('issuedAt'), render: (d: string) => formatDateTime(d) },
          { title: t('book.acknowledged'), dataIndex: 'acknowledgedAt', width: 150, render: (v: string | null) => (v ? <Tag color="green">{formatDateTime(v)}</Tag> : <Tag color="orange">{t('book.ackNo')}</Tag>) },
        ]}
      />
    </PageContainer>
  );
}
