import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, Input, Select, Space, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import { CASE_SOURCES, CASE_STATUSES, type CaseListItem, CaseSourceLabels, CaseStatusLabels, RIGHT_KINDS, RightKindLabels } from '../../../../../common/enforcement';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { DueCell, fmtYuan, ONE_LINE, Second, useAgentLabel, useEnforcementView } from '../shared';

/** Administrative enforcement cases: an officer its agency's, the office its region's, a party its own. */
export default function EnforcementCaseListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const view = useEnforcementView();
  const agent = useAgentLabel();
  const list = useListQuery('/enforcement/cases', { sort: 'receivedOn', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['enforcement', 'cases', list.query], queryFn: () => api.get('/enforcement/cases', { params: { query: list.query } }) });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const pick = (key: string) => (typeof f[key] === 'string' ? f[key] : undefined);

  return (
    <PageContainer
      title={t(view === 'party' ? 'enforcement.cases.partyTitle' : 'enforcement.cases.title')}
      extra={
        <>
          {view === 'officer' && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/enforcement/cases/new')}>
              {t('enforcement.cases.new')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/cases/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.cases.search')} defaultValue={pick('q') ?? ''} onSearch={(q) => set({ q })} style={{ width: 260 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.field.status')} value={pick('status')} onChange={(status?: string) => set({ status })} options={CASE_STATUSES.map((s) => ({ value: s, label: label(CaseStatusLabels[s]) }))} style={{ width: 190 }} aria-label={t('enforcement.field.status')} />
        <Select allowClear placeholder={t('enforcement.field.rightKind')} value={pick('rightKind')} onChange={(rightKind?: string) => set({ rightKind })} options={RIGHT_KINDS.map((s) => ({ value: s, label: label(RightKindLabels[s]) }))} style={{ width: 160 }} aria-label={t('enforcement.field.rightKind')} />
        <Select allowClear placeholder={t('enforcement.field.source')} value={pick('source')} onChange={(source?: string) => set({ source })} options={CASE_SOURCES.map((s) => ({ value: s, label: label(CaseSourceLabels[s]) }))} style={{ width: 150 }} aria-label={t('enforcement.field.source')} />
        <Checkbox checked={f.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('enforcement.cases.overdueOnly')}
        </Checkbox>
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<CaseListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<CaseListItem>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('enforcement.field.caseNo'),
            dataIndex: 'caseNo',
            key: 'caseNo',
            width: 230,
            fixed: 'left',
            sorter: true,
            sortOrder: list.sortOrder('caseNo'),
            render: (no: string, c) => (
              <>
                <Link to={`/enforcement/cases/${c.id}`}>{no}</Link>
                {c.typicalCandidate && (
                  <div>
                    <Tag color="gold">{t('enforcement.case.typical')}</Tag>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('enforcement.field.status'),
            dataIndex: 'status',
            key: 'status',
            width: 170,
            sorter: true,
            sortOrder: list.sortOrder('status'),
            render: (s: CaseListItem['status'], c) => (
              <>
                <Tag color={s === 'closed' || s === 'notOpened' ? 'default' : s === 'transferred' ? 'purple' : 'blue'}>{label(CaseStatusLabels[s])}</Tag>
                {c.nextActor !== 'none' && <Second>{`${t('enforcement.field.nextActor')}${t('enforcement.colon')}${agent(c.nextActor)}`}</Second>}
              </>
            ),
          },
          { title: t('enforcement.field.nextDue'), key: 'due', width: 150, render: (_: unknown, c) => <DueCell dueOn={c.nextDueOn} overdue={c.overdue} /> },
          {
            title: t('enforcement.field.party'),
            dataIndex: 'partyName',
            key: 'party',
            ellipsis: true,
            render: (p: string, c) => (
              <>
                <div style={ONE_LINE} title={p}>{p}</div>
                <Second>{`${label(RightKindLabels[c.rightKind])} · ${label(CaseSourceLabels[c.source])}`}</Second>
              </>
            ),
          },
          { title: t('enforcement.field.org'), key: 'org', width: 160, ellipsis: true, render: (_: unknown, c) => c.org.name },
          { title: t('enforcement.field.fineYuan'), dataIndex: 'fineFen', key: 'fineFen', width: 120, align: 'right', sorter: true, sortOrder: list.sortOrder('fineFen'), render: (v: number | null) => (v ? fmtYuan(v) : '—') },
          { title: t('enforcement.field.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', width: 115, sorter: true, sortOrder: list.sortOrder('receivedOn') },
        ]}
      />
    </PageContainer>
  );
}
