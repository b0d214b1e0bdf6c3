import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { App, Button, Checkbox, DatePicker, Input, Segmented, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import {
  CASE_SOURCES,
  type CaseKind,
  CaseKindLabels,
  type CaseListItem,
  CaseSourceLabels,
  CaseStatusLabels,
  DISPUTE_TYPES,
  DisputeTypeLabels,
  ADJUDICATION_STATUSES,
  MEDIATION_STATUSES,
  NextActorLabels,
  ProtectionAccess,
} from '../../../../../common/protection';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { caseTitleKey, DueCell, fmtYuan, StatusTag } from '../shared';

/** The case list: the office's whole region, a mediator's own cases, a court's referrals, an enterprise's disputes. */
export default function CaseListPage() {
  const { t, label, locale } = useI18n();
  const colon = locale === 'zh' ? '：' : ': ';
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, hasRole } = useSession();
  const list = useListQuery('/protection/cases', { sort: 'receivedOn', order: 'desc' }, ['status', 'source', 'disputeType']);
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['protection', 'cases', list.query], queryFn: () => api.get('/protection/cases', { params: { query: list.query } }) });
  const office = hasRole(ProtectionAccess.manage);
  const qc = useQueryClient();
  const [importing, setImporting] = useState(false);
  const kind = (typeof f.kind === 'string' ? f.kind : undefined) as CaseKind | undefined;
  const statuses = kind === 'adjudication' ? ADJUDICATION_STATUSES : kind === 'mediation' ? MEDIATION_STATUSES : [...new Set([...MEDIATION_STATUSES, ...ADJUDICATION_STATUSES])];
  const set = (patch: Record<string, string | string[] | undefined>) => list.setFilters({ ...f, ...patch });

  return (
    <PageContainer
      title={t(caseTitleKey(me?.roles ?? []))}
      extra={
        <>
          {hasRole(['enterprise']) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/protection/cases/new')}>
              {t('protection.cases.newApplication')}
            </Button>
          )}
          {hasRole(['court']) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/protection/cases/new')}>
              {t('protection.cases.newReferral')}
            </Button>
          )}
          {office && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/protection/cases/new')}>
              {t('protection.cases.newOfficeCase')}
            </Button>
          )}
          {hasRole(ProtectionAccess.fileAdjudication) && (
            <Button icon={<PlusOutlined />} onClick={() => void navigate('/protection/adjudications/new')}>
              {t('protection.cases.newAdjudication')}
            </Button>
          )}
          {hasRole(ProtectionAccess.bulkFile) && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              {t('common.import')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/cases/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Segmented
          value={kind ?? 'all'}
          onChange={(v) => set({ kind: v === 'all' ? undefined : String(v), status: undefined })}
          options={[{ value: 'all', label: t('common.all') }, ...(['mediation', 'adjudication'] as const).map((k) => ({ value: k, label: label(CaseKindLabels[k]) }))]}
        />
        <Input.Search allowClear placeholder={t('protection.cases.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('protection.cases.status')}
          value={(f.status as string[] | undefined) ?? []}
          onChange={(status: string[]) => set({ status })}
          options={statuses.map((s) => ({ value: s, label: label(CaseStatusLabels[s]) }))}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
          aria-label={t('protection.cases.status')}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('protection.cases.source')}
          value={(f.source as string[] | undefined) ?? []}
          onChange={(source: string[]) => set({ source })}
          options={CASE_SOURCES.map((s) => ({ value: s, label: label(CaseSourceLabels[s]) }))}
          style={{ minWidth: 160 }}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('protection.cases.disputeType')}
          value={(f.disputeType as string[] | undefined) ?? []}
          onChange={(disputeType: string[]) => set({ disputeType })}
          options={DISPUTE_TYPES.map((s) => ({ value: s, label: label(DisputeTypeLabels[s]) }))}
          style={{ minWidth: 150 }}
          maxTagCount="responsive"
        />
        <DatePicker.RangePicker
          placeholder={[t('protection.cases.receivedRange'), t('protection.cases.receivedRange')]}
          value={typeof f.from === 'string' && typeof f.to === 'string' ? [dayjs(f.from), dayjs(f.to)] : null}
          onChange={(r) => set({ from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
        />
        <Checkbox checked={f.open === 'true'} onChange={(e) => set({ open: e.target.checked ? 'true' : undefined })}>
          {t('protection.cases.openOnly')}
        </Checkbox>
        <Checkbox checked={f.overdue === 'true'} onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('protection.cases.overdue')}
        </Checkbox>
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<CaseListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<CaseListItem>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px (the parties take what is left); narrower windows
        // scroll the table, not the page. Related facts share a column, the second one in grey below.
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('protection.field.caseNo'),
            dataIndex: 'caseNo',
            key: 'caseNo',
            width: 210,
            fixed: 'left',
            sorter: true,
            sortOrder: list.sortOrder('caseNo'),
            render: (no: string, c) => (
              <>
                <Link to={`/protection/cases/${c.id}`}>{no}</Link>
                {c.kind === 'adjudication' && (
                  <div>
                    <Tag color="purple">{label(CaseKindLabels.adjudication)}</Tag>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('protection.cases.status'),
            dataIndex: 'status',
            key: 'status',
            width: 140,
            sorter: true,
            sortOrder: list.sortOrder('status'),
            render: (s: CaseListItem['status'], c) => (
              <>
                <StatusTag status={s} />
                {c.nextActor !== 'none' && <Second>{`${t('protection.field.nextActor')}${colon}${label(NextActorLabels[c.nextActor])}`}</Second>}
              </>
            ),
          },
          { title: t('protection.field.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 115, sorter: true, sortOrder: list.sortOrder('dueOn'), render: (_: unknown, c) => <DueCell dueOn={c.dueOn} dueKind={c.dueKind} /> },
          {
            title: t('protection.field.parties'),
            key: 'parties',
            ellipsis: true,
            render: (_: unknown, c) => (
              <>
                <div style={ONE_LINE} title={c.applicantNames}>{c.applicantNames}</div>
                <Second title={c.respondentNames}>{c.respondentNames}</Second>
              </>
            ),
          },
          {
            title: t('protection.cases.disputeType'),
            dataIndex: 'disputeType',
            width: 120,
            render: (d: CaseListItem['disputeType'], c) => (
              <>
                {label(DisputeTypeLabels[d])}
                <Second>{label(CaseSourceLabels[c.source])}</Second>
              </>
            ),
          },
          {
            title: t('protection.field.org'),
            key: 'org',
            width: 140,
            ellipsis: true,
            render: (_: unknown, c) => (
              <>
                <div style={ONE_LINE} title={c.org.name}>{c.org.name}</div>
                {c.mediator && <Second>{`${t('protection.field.mediator')}${colon}${c.mediator.name}`}</Second>}
              </>
            ),
          },
          { title: t('protection.field.amount'), dataIndex: 'amountFen', key: 'amountFen', width: 110, align: 'right', sorter: true, sortOrder: list.sortOrder('amountFen'), render: (v: number) => (v ? fmtYuan(v) : '—') },
          { title: t('protection.field.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', width: 115, sorter: true, sortOrder: list.sortOrder('receivedOn') },
        ]}
      />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        template="/protection/cases/import-template.xlsx"
        upload="/protection/cases/import"
        onImported={() => void qc.invalidateQueries({ queryKey: ['protection'] })}
      />
    </PageContainer>
  );
}

const ONE_LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The second fact of a list cell, in grey under the first, cut with an ellipsis when long. */
function Second(props: { children: string; title?: string }) {
  return (
    <Typography.Text type="secondary" style={{ ...ONE_LINE, display: 'block', fontSize: 12 }} title={props.title}>
      {props.children}
    </Typography.Text>
  );
}
