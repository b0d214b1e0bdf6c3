import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { REQUEST_STATUSES, RequestStatusLabels, URGENCIES, UrgencyLabels, VOLUNTEER_SKILLS, type VolunteerRequestSummary, VolunteerSkillLabels } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { RequestForm } from './RequestForm';

const URGENCY_COLOR = { normal: 'default', urgent: 'orange', critical: 'red' } as const;

/** Requests for a volunteer: the office's queue, an enterprise's own, a volunteer's offers. */
export default function VolunteerRequestListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [creating, setCreating] = useState(false);
  const list = useListQuery('/services/volunteer-requests', { sort: 'createdAt', order: 'desc' }, []);
  const { data, isFetching } = useQuery({ queryKey: ['services-requests', list.query], queryFn: () => api.get('/services/volunteer-requests', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('services.req.title')}
      extra={
        <Space wrap>
          {hasRole(['enterprise']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('services.req.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/volunteer-requests/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('services.req.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 260 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('services.req.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={REQUEST_STATUSES.map((s) => ({ value: s, label: label(RequestStatusLabels[s]) }))} style={{ width: 150 }} />
        <Select allowClear placeholder={t('services.req.urgency')} value={list.text('urgency')} onChange={(urgency?: string) => list.setFilters({ ...f, urgency })} options={URGENCIES.map((s) => ({ value: s, label: label(UrgencyLabels[s]) }))} style={{ width: 120 }} />
        <Select allowClear placeholder={t('services.req.skill')} value={list.text('skill')} onChange={(skill?: string) => list.setFilters({ ...f, skill })} options={VOLUNTEER_SKILLS.map((s) => ({ value: s, label: label(VolunteerSkillLabels[s]) }))} style={{ width: 170 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<VolunteerRequestSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<VolunteerRequestSummary>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('services.req.number'), dataIndex: 'number', key: 'number', width: 130, sorter: true, sortOrder: list.sortOrder('number'), render: (v: string, r) => <Link to={`/services/volunteer-requests/${r.id}`}>{v}</Link> },
          { title: t('services.req.what'), dataIndex: 'title', render: (v: string, r) => <Link to={`/services/volunteer-requests/${r.id}`}>{v}</Link> },
          { title: t('services.req.enterprise'), dataIndex: 'enterpriseName', width: 220 },
          { title: t('services.req.skill'), dataIndex: 'skill', width: 140, render: (v: VolunteerRequestSummary['skill']) => label(VolunteerSkillLabels[v]) },
          { title: t('services.req.urgency'), dataIndex: 'urgency', key: 'urgency', width: 90, sorter: true, sortOrder: list.sortOrder('urgency'), render: (v: VolunteerRequestSummary['urgency']) => <Tag color={URGENCY_COLOR[v]}>{label(UrgencyLabels[v])}</Tag> },
          { title: t('services.req.status'), dataIndex: 'status', width: 120, render: (v: VolunteerRequestSummary['status'], r) => <Space size={4}>{label(RequestStatusLabels[v])}{r.overdue && <Tag color="red">{t('services.req.overdue')}</Tag>}</Space> },
          { title: t('services.req.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110, sorter: true, sortOrder: list.sortOrder('dueOn') },
          { title: t('services.req.rating'), dataIndex: 'rating', width: 70, align: 'right', render: (v: number | null) => (v === null ? '—' : `${v}★`) },
          { title: t('services.req.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, sorter: true, sortOrder: list.sortOrder('createdAt'), render: (v: string) => formatDateTime(v) },
        ]}
      />
      <RequestForm open={creating} onClose={() => setCreating(false)} />
    </PageContainer>
  );
}
