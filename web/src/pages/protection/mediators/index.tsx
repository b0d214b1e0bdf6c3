import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DISPUTE_TYPES, DisputeTypeLabels, ProtectionAccess } from '../../../../../common/protection';
import { type Mediator, MEDIATOR_STATUSES, MediatorStatusLabels } from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { OrgChoice, pct } from '../shared';
import { ComplaintsDrawer, MediatorDrawer } from './MediatorDrawers';

/** The mediator roster: specialities, roster membership, workload, performance, complaints; Excel in and out. */
export default function MediatorsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const manage = hasRole(ProtectionAccess.manage);
  const qc = useQueryClient();
  const list = useListQuery('/protection/mediators', { sort: 'name' });
  const f = list.params.filters;
  const [editing, setEditing] = useState<Mediator | null | undefined>(undefined);
  const [complaints, setComplaints] = useState<Mediator | null>(null);
  const [importing, setImporting] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['protection', 'mediators', list.query], queryFn: () => api.get('/protection/mediators', { params: { query: list.query } }) });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['protection'] });

  return (
    <PageContainer
      title={t('protection.mediators.title')}
      extra={
        <>
          {manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('protection.mediators.create')}
            </Button>
          )}
          {manage && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/mediators/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('protection.mediators.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <OrgChoice kind="mediationOrg" allowClear placeholder={t('protection.mediators.org')} value={typeof f.orgId === 'string' ? f.orgId : undefined} onChange={(orgId) => set({ orgId })} />
        <Select allowClear placeholder={t('protection.mediators.specialities')} value={typeof f.speciality === 'string' ? f.speciality : undefined} onChange={(speciality: string | undefined) => set({ speciality })} options={DISPUTE_TYPES.map((d) => ({ value: d, label: label(DisputeTypeLabels[d]) }))} style={{ width: 150 }} />
        <Select allowClear placeholder={t('protection.mediators.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(status: string | undefined) => set({ status })} options={MEDIATOR_STATUSES.map((s) => ({ value: s, label: label(MediatorStatusLabels[s]) }))} style={{ width: 120 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Mediator>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Mediator>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('protection.mediators.name'),
            dataIndex: 'name',
            key: 'name',
            width: 150,
            fixed: 'left',
            sorter: true,
            sortOrder: list.sortOrder('name'),
            // The status shows only when it is not the usual one; the sign-in account goes under the title.
            render: (name: string, m) => (
              <>
                {name}
                {m.status !== 'active' && <Tag style={{ marginLeft: 6 }}>{label(MediatorStatusLabels[m.status])}</Tag>}
                {(m.title || m.user) && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {[m.title, m.user?.username].filter(Boolean).join(' · ')}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('protection.mediators.org'), dataIndex: ['org', 'name'], width: 170, ellipsis: true },
          { title: t('protection.mediators.specialities'), dataIndex: 'specialities', width: 170, render: (s: Mediator['specialities']) => s.map((d) => <Tag key={d}>{label(DisputeTypeLabels[d])}</Tag>) },
          { title: t('protection.mediators.rosterCourt'), dataIndex: ['rosterCourt', 'name'], width: 140, ellipsis: true },
          { title: t('protection.mediators.workload'), dataIndex: 'workload', key: 'workload', width: 85, sorter: true, sortOrder: list.sortOrder('workload') },
          { title: t('protection.mediators.cases'), dataIndex: 'cases', key: 'cases', width: 85, sorter: true, sortOrder: list.sortOrder('cases') },
          { title: t('protection.mediators.successRate'), dataIndex: 'successRate', key: 'successRate', width: 105, sorter: true, sortOrder: list.sortOrder('successRate'), render: pct },
          {
            title: t('protection.mediators.complaints'),
            dataIndex: 'complaints',
            width: 110,
            render: (n: number | null, m) => (n === null ? '—' : <a onClick={() => setComplaints(m)}>{n}{m.verifiedComplaints ? `（${m.verifiedComplaints}）` : ''}</a>),
          },
          ...(manage ? [{ title: t('common.actions'), key: 'actions', width: 90, fixed: 'right' as const, render: (_: unknown, m: Mediator) => <a onClick={() => setEditing(m)}>{t('common.edit')}</a> }] : []),
        ]}
      />
      <MediatorDrawer
        mediator={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          refresh();
        }}
      />
      <ComplaintsDrawer mediator={complaints} onClose={() => setComplaints(null)} />
      <ImportModal open={importing} onClose={() => setImporting(false)} template="/protection/mediators/import-template.xlsx" upload="/protection/mediators/import" onImported={refresh} />
    </PageContainer>
  );
}
