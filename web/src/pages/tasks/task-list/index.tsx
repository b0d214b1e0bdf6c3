import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TASK_STATUSES, TaskFlagLabels, TaskFlagSchema, TasksAccess, TaskStatusLabels, type TaskSummary } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { FlagTag, ProgressCell, StatusTag, yearOptions } from '../shared';

/** Key tasks across plans: filter by year, status, flag, unit; sort; page; export; report progress in bulk. */
export default function TaskListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const qc = useQueryClient();
  const list = useListQuery('/tasks', { sort: 'deadline' }, ['status']);
  const [bulk, setBulk] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['tasks', list.query], queryFn: () => api.get('/tasks', { params: { query: list.query } }) });
  const f = list.params.filters;

  return (
    <PageContainer
      title={t('task.listTitle')}
      extra={
        <>
          {hasRole(TasksAccess.report) && (
            <Button icon={<UploadOutlined />} onClick={() => setBulk(true)}>
              {t('report.bulk')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/tasks/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('task.searchPlaceholder')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('plan.year')} value={list.text('year') ? Number(list.text('year')) : undefined} onChange={(y?: number) => list.setFilters({ ...f, year: y ? String(y) : undefined })} options={yearOptions()} style={{ width: 100 }} />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('task.status')}
          value={(f.status as string[] | undefined) ?? []}
          onChange={(status: string[]) => list.setFilters({ ...f, status })}
          options={TASK_STATUSES.map((s) => ({ value: s, label: label(TaskStatusLabels[s]) }))}
          style={{ minWidth: 160 }}
          maxTagCount="responsive"
        />
        <Select allowClear placeholder={t('task.flag')} value={list.text('flag')} onChange={(flag?: string) => list.setFilters({ ...f, flag })} options={TaskFlagSchema.options.filter((x) => x !== 'none').map((x) => ({ value: x, label: label(TaskFlagLabels[x]) }))} style={{ width: 100 }} />
        <OrgPicker allowClear placeholder={t('task.lead')} value={list.text('leadOrgId')} onChange={(leadOrgId) => list.setFilters({ ...f, leadOrgId })} style={{ width: 220 }} />
        <Checkbox checked={list.text('mine') === 'true'} onChange={(e) => list.setFilters({ ...f, mine: e.target.checked ? 'true' : undefined })}>
          {t('task.mine')}
        </Checkbox>
        <Checkbox checked={list.text('leavesOnly') === 'true'} onChange={(e) => list.setFilters({ ...f, leavesOnly: e.target.checked ? 'true' : undefined })}>
          {t('task.leavesOnly')}
        </Checkbox>
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<TaskSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<TaskSummary>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          { title: t('task.number'), dataIndex: 'path', key: 'number', width: 100, sorter: true, sortOrder: list.sortOrder('number') },
          { title: t('task.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, x) => <Link to={`/tasks/${x.id}`}>{v}</Link> },
          { title: t('task.plan'), dataIndex: 'workPlanTitle', width: 140, ellipsis: true },
          { title: t('task.lead'), dataIndex: 'leadOrgName', key: 'leadOrg', width: 170, ellipsis: true, sorter: true, sortOrder: list.sortOrder('leadOrg') },
          { title: t('task.deadline'), dataIndex: 'deadline', key: 'deadline', width: 110, sorter: true, sortOrder: list.sortOrder('deadline') },
          { title: t('task.progress'), dataIndex: 'progress', key: 'progress', width: 130, sorter: true, sortOrder: list.sortOrder('progress'), render: (p: number, x) => <ProgressCell percent={p} status={x.status} /> },
          { title: t('task.status'), dataIndex: 'status', key: 'status', width: 140, sorter: true, sortOrder: list.sortOrder('status'), render: (s: TaskSummary['status'], x) => (<><StatusTag status={s} /><FlagTag flag={x.flag} /></>) },
          { title: t('task.pending'), key: 'pending', width: 110, render: (_: unknown, x) => [x.pendingReports ? t('task.pendingReports', { n: x.pendingReports }) : null, x.openNotices ? t('task.openNotices', { n: x.openNotices }) : null].filter(Boolean).join(' · ') },
        ]}
      />
      <ImportModal open={bulk} title={t('report.bulk')} onClose={() => setBulk(false)} template="/tasks/progress-reports/import-template.xlsx" upload="/tasks/progress-reports/import" onImported={() => void qc.invalidateQueries({ queryKey: ['tasks'] })} />
    </PageContainer>
  );
}
