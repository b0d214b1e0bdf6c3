import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PATENT_KINDS, PatentKindLabels } from '../../../../../common/centre';
import { CNIPA_OUTCOMES, CnipaOutcomeLabels, type Submission, SUBMISSION_STATUSES, SubmissionStatusLabels } from '../../../../../common/centre-submissions';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { SubmissionDetail } from './SubmissionDetail';
import { SubmitDrawer } from './SubmitDrawer';

const STATUS_COLOR: Record<Submission['status'], string> = { submitted: 'processing', examining: 'processing', returned: 'warning', passed: 'success', refused: 'error' };

/** Pre-examinations: enterprises submit and amend, examiners decide and record the CNIPA outcomes. */
export default function SubmissionsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [submitting, setSubmitting] = useState(false);
  const [importing, setImporting] = useState(false);
  const list = useListQuery('/centre/submissions', { sort: 'submittedOn', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['centre-submissions', list.query], queryFn: () => api.get('/centre/submissions', { params: { query: list.query } }) });
  const config = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const f = list.params.filters;
  const open = params.get('id');
  const show = (id: string | null) => setParams((p) => { if (id) p.set('id', id); else p.delete('id'); return p; });
  const pick = (key: string, value?: string) => list.setFilters({ ...f, [key]: value });

  return (
    <PageContainer
      title={t('centre.submissions.title')}
      extra={
        <Space wrap>
          {hasRole(['enterprise']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setSubmitting(true)}>{t('centre.submissions.new')}</Button>}
          {hasRole(['examiner', 'office', 'admin']) && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('centre.importOutcomes')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/centre/submissions/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('centre.submissions.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => pick('q', q)} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('centre.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(v?: string) => pick('status', v)} options={SUBMISSION_STATUSES.map((s) => ({ value: s, label: label(SubmissionStatusLabels[s]) }))} style={{ minWidth: 120 }} />
        <Select allowClear placeholder={t('centre.kind')} value={typeof f.kind === 'string' ? f.kind : undefined} onChange={(v?: string) => pick('kind', v)} options={PATENT_KINDS.map((k) => ({ value: k, label: label(PatentKindLabels[k]) }))} style={{ minWidth: 110 }} />
        <Select allowClear placeholder={t('centre.field')} value={typeof f.fieldCode === 'string' ? f.fieldCode : undefined} onChange={(v?: string) => pick('fieldCode', v)} options={config.data?.fields.map((x) => ({ value: x.code, label: x.name }))} style={{ minWidth: 130 }} />
        <Select allowClear placeholder={t('centre.window')} value={typeof f.windowId === 'string' ? f.windowId : undefined} onChange={(v?: string) => pick('windowId', v)} options={config.data?.windows.map((w) => ({ value: w.id, label: w.name }))} style={{ minWidth: 200 }} />
        <Select allowClear placeholder={t('centre.outcome')} value={typeof f.outcome === 'string' ? f.outcome : undefined} onChange={(v?: string) => pick('outcome', v)} options={CNIPA_OUTCOMES.map((o) => ({ value: o, label: label(CnipaOutcomeLabels[o]) }))} style={{ minWidth: 120 }} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Submission>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Submission>(data?.total, t)}
        scroll={{ x: 1300 }}
        onRow={(r) => ({ onClick: () => show(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('centre.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), width: 260, ellipsis: true },
          { title: t('centre.kind'), dataIndex: 'kind', width: 100, render: (k: Submission['kind']) => label(PatentKindLabels[k]) },
          { title: t('centre.ipc'), dataIndex: 'ipc', width: 120 },
          { title: t('centre.enterprise'), dataIndex: 'enterpriseName', width: 220, ellipsis: true },
          { title: t('centre.status'), dataIndex: 'status', key: 'status', sorter: true, sortOrder: list.sortOrder('status'), width: 120, render: (s: Submission['status']) => <Tag color={STATUS_COLOR[s]}>{label(SubmissionStatusLabels[s])}</Tag> },
          { title: t('centre.round'), dataIndex: 'round', width: 90, align: 'right', render: (r: number) => r - 1 },
          { title: t('centre.submittedOn'), dataIndex: 'submittedOn', key: 'submittedOn', sorter: true, sortOrder: list.sortOrder('submittedOn'), width: 120, render: (d: string) => formatDate(d) },
          { title: t('centre.dueOn'), dataIndex: 'dueOn', key: 'dueOn', sorter: true, sortOrder: list.sortOrder('dueOn'), width: 120, render: (d: string | null) => formatDate(d) },
          { title: t('centre.outcome'), dataIndex: 'cnipaOutcome', width: 140, render: (_: unknown, r) => (r.cnipaOutcome ? `${label(CnipaOutcomeLabels[r.cnipaOutcome])} ${formatDate(r.cnipaOn)}` : '') },
        ]}
      />
      {submitting && <SubmitDrawer open onClose={() => setSubmitting(false)} />}
      {open && <SubmissionDetail id={open} onClose={() => show(null)} />}
      <ImportModal open={importing} title={t('centre.importOutcomes')} onClose={() => setImporting(false)} template="/centre/submissions/outcomes/import-template.xlsx" upload="/centre/submissions/outcomes/import" onImported={() => void queryClient.invalidateQueries({ queryKey: ['centre-submissions'] })} />
    </PageContainer>
  );
}
