import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { VOLUNTEER_KINDS, VOLUNTEER_SKILLS, VOLUNTEER_STATUSES, type Volunteer, VolunteerKindLabels, VolunteerLanguageLabels, VolunteerSkillLabels, VolunteerStatusLabels } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';

const STATUS_COLOR = { applied: 'gold', approved: 'green', rejected: 'red', suspended: 'default' } as const;

/** The 知助 roster: the office vets enrolments and sees each volunteer's load and approved hours. */
export default function VolunteerListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const list = useListQuery('/services/volunteers', { sort: 'createdAt', order: 'desc' }, []);
  const { data, isFetching } = useQuery({ queryKey: ['services-volunteers', list.query], queryFn: () => api.get('/services/volunteers', { params: { query: list.query } }) });
  const f = list.params.filters;
  const vet = (id: string, decision: 'approved' | 'rejected' | 'suspended') =>
    void api.post('/services/volunteers/{id}/vetting', { params: { path: { id } }, body: { decision, note: null } }).then(() => queryClient.invalidateQueries({ queryKey: ['services-volunteers'] })).catch((e: Error) => message.error(e.message));
  const manage = hasRole(['office', 'admin']);
  const [importing, setImporting] = useState(false);
  const extra = (
    <Space wrap>
      {manage && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('services.vol.import')}</Button>}
      <Button icon={<DownloadOutlined />} onClick={() => void api.download('/services/volunteers/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
    </Space>
  );
  return (
    <PageContainer title={t('services.vol.title')} extra={extra}>
      <ImportModal open={importing} onClose={() => setImporting(false)} title={t('services.vol.import')} template="/services/volunteers/import-template.xlsx" upload="/services/volunteers/import" onImported={() => void queryClient.invalidateQueries({ queryKey: ['services-volunteers'] })} />
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('services.vol.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('services.vol.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: label(VolunteerStatusLabels[s]) }))} style={{ width: 130 }} />
        <Select allowClear placeholder={t('services.vol.kind')} value={list.text('kind')} onChange={(kind?: string) => list.setFilters({ ...f, kind })} options={VOLUNTEER_KINDS.map((s) => ({ value: s, label: label(VolunteerKindLabels[s]) }))} style={{ width: 140 }} />
        <Select allowClear placeholder={t('services.vol.skills')} value={list.text('skill')} onChange={(skill?: string) => list.setFilters({ ...f, skill })} options={VOLUNTEER_SKILLS.map((s) => ({ value: s, label: label(VolunteerSkillLabels[s]) }))} style={{ width: 170 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Volunteer>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Volunteer>(data?.total, t)}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('services.vol.name'), dataIndex: 'name', key: 'name', width: 100, sorter: true, sortOrder: list.sortOrder('name') },
          { title: t('services.vol.kind'), dataIndex: 'kind', width: 110, render: (v: Volunteer['kind']) => label(VolunteerKindLabels[v]) },
          { title: t('services.vol.affiliation'), dataIndex: 'affiliation', width: 220 },
          { title: t('services.vol.skills'), dataIndex: 'skills', render: (v: Volunteer['skills']) => <Space wrap size={2}>{v.map((s) => <Tag key={s}>{label(VolunteerSkillLabels[s])}</Tag>)}</Space> },
          { title: t('services.vol.languages'), dataIndex: 'languages', width: 110, render: (v: Volunteer['languages']) => v.map((l) => label(VolunteerLanguageLabels[l])).join('、') || '—' },
          { title: t('services.vol.districts'), dataIndex: 'districts', width: 160, render: (v: Volunteer['districts']) => v.map((d) => d.name).join('、') },
          { title: t('services.vol.status'), dataIndex: 'status', width: 90, render: (v: Volunteer['status']) => <Tag color={STATUS_COLOR[v]}>{label(VolunteerStatusLabels[v])}</Tag> },
          { title: t('services.vol.active'), dataIndex: 'activeCount', width: 70, align: 'right', render: (v: number, r) => `${v}/${r.maxActive}` },
          { title: t('services.vol.approvedHours'), dataIndex: 'approvedMinutes', key: 'approvedMinutes', width: 110, align: 'right', sorter: true, sortOrder: list.sortOrder('approvedMinutes'), render: (v: number) => (Math.round(v / 6) / 10).toFixed(1) },
          ...(manage
            ? [{ title: '', key: 'vet', width: 170, render: (_: unknown, r: Volunteer) => (
                <Space size={4}>
                  {r.status !== 'approved' && <Button size="small" type="primary" onClick={() => vet(r.id, 'approved')}>{t('services.vol.approve')}</Button>}
                  {r.status === 'applied' && <Button size="small" onClick={() => vet(r.id, 'rejected')}>{t('services.vol.reject')}</Button>}
                  {r.status === 'approved' && <Button size="small" onClick={() => vet(r.id, 'suspended')}>{t('services.vol.suspend')}</Button>}
                </Space>
              ) }]
            : []),
        ]}
      />
    </PageContainer>
  );
}
