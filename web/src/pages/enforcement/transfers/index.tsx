import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Input, Select, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { TRANSFER_STATUSES, type TransferListItem, TransferStatusLabels } from '../../../../../common/enforcement-agency';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { DueCell, Second, useAgentLabel, useEnforcementView } from '../shared';

const CLOSED = new Set(['notApproved', 'opened', 'refusedFinal']);

/** Transfers to the police: the officer's agency its own, the police those sent to it, the procuratorate every one of its region with its clock. */
export default function TransferListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const view = useEnforcementView();
  const agent = useAgentLabel();
  const list = useListQuery('/enforcement/transfers', { sort: 'reportedOn', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['enforcement', 'transfers', list.query], queryFn: () => api.get('/enforcement/transfers', { params: { query: list.query } }) });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const title = view === 'procuratorate' ? 'enforcement.transfers.supervision' : view === 'police' ? 'enforcement.transfers.police' : 'enforcement.transfers.title';
  return (
    <PageContainer
      title={t(title)}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/transfers/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      {view === 'procuratorate' && <Alert type="info" showIcon title={t('enforcement.transfers.supervisionIntro')} style={{ marginBottom: 12 }} />}
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.transfers.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.field.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(status?: string) => set({ status })} options={TRANSFER_STATUSES.map((s) => ({ value: s, label: label(TransferStatusLabels[s]) }))} style={{ width: 210 }} aria-label={t('enforcement.field.status')} />
        <Checkbox checked={f.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('enforcement.transfers.overdueOnly')}
        </Checkbox>
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<TransferListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<TransferListItem>(data?.total, t)}
        scroll={{ x: 1050 }}
        columns={[
          {
            title: t('enforcement.field.caseNo'),
            dataIndex: 'caseNo',
            key: 'caseNo',
            width: 230,
            fixed: 'left',
            sorter: true,
            sortOrder: list.sortOrder('caseNo'),
            render: (no: string, r) => (
              <>
                <Link to={`/enforcement/transfers/${r.id}`}>{no}</Link>
                <Second title={r.partyName}>{r.partyName}</Second>
              </>
            ),
          },
          {
            title: t('enforcement.field.status'),
            dataIndex: 'status',
            key: 'status',
            width: 190,
            sorter: true,
            sortOrder: list.sortOrder('status'),
            render: (s: TransferListItem['status'], r) => (
              <>
                <Tag color={CLOSED.has(s) ? (s === 'opened' ? 'green' : 'default') : 'blue'} data-testid="transfer-status">{label(TransferStatusLabels[s])}</Tag>
                {r.nextActor !== 'none' && <Second>{`${t('enforcement.field.nextActor')}${t('enforcement.colon')}${agent(r.nextActor)}`}</Second>}
              </>
            ),
          },
          { title: t('enforcement.field.nextDue'), key: 'due', width: 150, render: (_: unknown, r) => <DueCell dueOn={r.nextDueOn} overdue={r.overdue} /> },
          { title: t('enforcement.transfers.from'), key: 'from', ellipsis: true, render: (_: unknown, r) => r.from.name },
          { title: t('enforcement.transfer.police'), key: 'police', width: 160, ellipsis: true, render: (_: unknown, r) => r.police.name },
          { title: t('enforcement.transfer.reportedOn'), dataIndex: 'reportedOn', key: 'reportedOn', width: 115, sorter: true, sortOrder: list.sortOrder('reportedOn') },
          { title: t('enforcement.transfers.policeDecidedOn'), dataIndex: 'policeDecidedOn', key: 'policeDecidedOn', width: 120, render: (d: string | null) => d ?? '—' },
        ]}
      />
    </PageContainer>
  );
}
