import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { NextAgentLabels } from '../../../../../common/enforcement';
import { type ComplianceDetail, ComplianceStatusLabels, EvaluationResultLabels, INSPECTION_RATINGS, InspectionRatingLabels, type InspectionRecord } from '../../../../../common/enforcement-compliance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { ComplianceActions } from './ComplianceActions';
import { STATUS_COLOR } from './status-colors';
import { LimitTable } from './LimitTable';

type Inspection = ComplianceDetail['inspections'][number];

/** The team records what one inspection found. */
function RecordDrawer({ p, inspection, onClose, done }: { p: ComplianceDetail; inspection: Inspection | null; onClose: () => void; done: (next: ComplianceDetail) => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<InspectionRecord>();
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/compliance/{id}/inspections/{childId}', { params: { path: { id: p.id, childId: inspection!.id } }, body: v }), (next) => { onClose(); done(next); });
  return (
    <FormDrawer open={inspection !== null} onClose={onClose} title={`${t('enforcement.compliance.record')} · ${inspection?.focus ?? ''}`} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ doneOn: inspection?.plannedOn }}>
        <Form.Item name="doneOn" label={t('enforcement.compliance.doneOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
        <Form.Item name="findings" label={t('enforcement.compliance.findings')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="rating" label={t('enforcement.compliance.rating')} rules={[{ required: true }]}><Select options={INSPECTION_RATINGS.map((r) => ({ value: r, label: label(InspectionRatingLabels[r]) }))} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** One compliance procedure: the enterprise, its plan, the supervision team, inspections, evaluation, limits and history. */
export default function ComplianceDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['enforcement-compliance', id];
  const { data: p, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/compliance/{id}', { params: { path: { id } } }) });
  const [recording, setRecording] = useState<Inspection | null>(null);
  const done = (next: ComplianceDetail) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: ['history'] });
    void message.success(t('common.saved'));
  };
  const teamActs = !!p?.actions.includes('schedule');
  return (
    <PageContainer title={p ? p.enterpriseName : t('enforcement.compliance.title')} crumbs={[{ title: t('enforcement.compliance.title'), path: '/enforcement/compliance' }]} card={false}>
      {isLoading && <Card loading />}
      {p && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card extra={<ComplianceActions p={p} done={done} />}>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('enforcement.compliance.status')}><Tag color={STATUS_COLOR[p.status]}>{label(ComplianceStatusLabels[p.status])}</Tag>{p.overdue && <Tag color="error">{t('enforcement.more.overdue')}</Tag>}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.more.nextActor')}>{label(NextAgentLabels[p.nextActor])}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.more.nextDueOn')}>{p.nextDueOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.caseRef')}>{p.caseRef}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.procuratorate')}>{p.procuratorate.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.office')}>{p.office.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.startedOn')}>{p.startedOn}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.termEndsOn')}>{p.termEndsOn ?? '—'}{p.termExtensionMonths ? `（${t('enforcement.compliance.extension')} ${p.termExtensionMonths}，${p.termExtensionApproval ?? ''}）` : ''}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.creditCode')}>{p.enterpriseCreditCode ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.summary')} span={3}>{p.summary}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('enforcement.compliance.plan')} size="small">
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('enforcement.compliance.planTitle')}>{p.planTitle ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.planSubmittedOn')}>{p.planSubmittedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.planApprovedOn')}>{p.planApprovedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.compliance.planSummary')} span={3}>{p.planSummary ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('enforcement.compliance.team')} size="small">
            <Table rowKey="id" size="small" pagination={false} dataSource={p.team} columns={[
              { title: t('enforcement.compliance.memberName'), dataIndex: 'name', width: 160, render: (v: string, m) => <Space>{v}{m.leader && <Tag color="blue">{t('enforcement.compliance.leader')}</Tag>}</Space> },
              { title: t('enforcement.compliance.memberUnit'), dataIndex: 'unit' },
            ]} />
          </Card>
          <Card title={t('enforcement.compliance.inspections')} size="small">
            <Table<Inspection> rowKey="id" size="small" pagination={false} dataSource={p.inspections} scroll={{ x: 900 }} columns={[
              { title: t('enforcement.compliance.plannedOn'), dataIndex: 'plannedOn', width: 110, render: (v: string, i) => <Space size={4}>{v}{i.overdue && <Tag color="error">{t('enforcement.more.overdue')}</Tag>}</Space> },
              { title: t('enforcement.compliance.focus'), dataIndex: 'focus', width: 260 },
              { title: t('enforcement.compliance.doneOn'), dataIndex: 'doneOn', width: 110, render: (v: string | null) => v ?? '—' },
              { title: t('enforcement.compliance.findings'), dataIndex: 'findings', render: (v: string | null, i) => v ?? (teamActs ? <Button size="small" onClick={() => setRecording(i)}>{t('enforcement.compliance.record')}</Button> : '—') },
              { title: t('enforcement.compliance.rating'), dataIndex: 'rating', width: 120, render: (r: Inspection['rating']) => (r ? <Tag color={r === 'effective' ? 'success' : 'warning'}>{label(InspectionRatingLabels[r])}</Tag> : '—') },
            ]} />
          </Card>
          {p.evaluatedOn && (
            <Card title={t('enforcement.compliance.evaluation')} size="small">
              <Descriptions column={{ xs: 1, md: 3 }} size="small">
                <Descriptions.Item label={t('enforcement.compliance.result')}>{p.evaluationResult ? label(EvaluationResultLabels[p.evaluationResult]) : '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.compliance.evaluatedOn')}>{p.evaluatedOn}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.compliance.sentOn')}>{p.sentOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.compliance.evaluationSummary')} span={3}>{p.evaluationSummary}</Descriptions.Item>
              </Descriptions>
            </Card>
          )}
          <Card title={t('enforcement.more.limits')} size="small"><LimitTable limits={p.limits} /></Card>
          <Card title={t('enforcement.more.history')} size="small"><HistoryTimeline path="/enforcement/compliance/{id}/history" id={id} /></Card>
          <RecordDrawer p={p} inspection={recording} onClose={() => setRecording(null)} done={done} />
        </Space>
      )}
    </PageContainer>
  );
}
