import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { PatentKindLabels } from '../../../../../common/centre';
import { CNIPA_OUTCOMES, CnipaOutcomeLabels, REFUSAL_GROUNDS, RefusalGroundLabels, type Submission, SubmissionStatusLabels } from '../../../../../common/centre-submissions';
import { api } from '../../../app/api-client';
import { formatDate } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateProps } from '../date-props';
import { applyApiError } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';

type Mode = 'return' | 'refuse' | 'amend' | 'outcome' | null;
type FormValues = { defects?: string; ground?: (typeof REFUSAL_GROUNDS)[number]; note?: string; title?: string; ipc?: string; applicationNo?: string; outcome?: (typeof CNIPA_OUTCOMES)[number] | null; on?: string | null };

/** One pre-examination with what the caller may do: take it, pass, return, refuse; amend; record the CNIPA outcome. */
export function SubmissionDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<Mode>(null);
  const [form] = Form.useForm<FormValues>();
  const { data: s } = useQuery({ queryKey: ['centre-submissions', 'one', id], queryFn: () => api.get('/centre/submissions/{id}', { params: { path: { id } } }) });
  const path = { params: { path: { id } } };
  const done = () => {
    void message.success(t('centre.saved'));
    setMode(null);
    form.resetFields();
    void queryClient.invalidateQueries({ queryKey: ['centre-submissions'] });
    void queryClient.invalidateQueries({ queryKey: ['centre-queue'] });
  };
  const run = (p: Promise<unknown>) => p.then(done).catch((err: unknown) => { const text = applyApiError(form, err); if (text) void message.error(text); });
  const send = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (mode === 'return') await run(api.post('/centre/submissions/{id}/decision', { ...path, body: { decision: 'return', defects: v.defects ?? '' } }));
    if (mode === 'refuse') await run(api.post('/centre/submissions/{id}/decision', { ...path, body: { decision: 'refuse', ground: v.ground ?? 'quality', note: v.note ?? null } }));
    if (mode === 'amend') await run(api.put('/centre/submissions/{id}', { ...path, body: { title: v.title ?? '', ipc: v.ipc ?? '', note: v.note ?? null } }));
    if (mode === 'outcome') await run(api.put('/centre/submissions/{id}/outcome', { ...path, body: { applicationNo: v.applicationNo ?? '', outcome: v.outcome ?? null, on: v.on ?? null } }));
  };
  if (!s) return null;
  const act = (s: Submission) => (
    <Space wrap>
      {s.actions.includes('assign') && s.status === 'submitted' && <Button onClick={() => void run(api.post('/centre/submissions/{id}/assign', { ...path, body: { examinerUserId: null } }))}>{t('centre.assignMe')}</Button>}
      {s.actions.includes('pass') && <Button type="primary" onClick={() => void run(api.post('/centre/submissions/{id}/decision', { ...path, body: { decision: 'pass', note: null } }))}>{t('centre.pass')}</Button>}
      {s.actions.includes('return') && <Button onClick={() => setMode('return')}>{t('centre.return')}</Button>}
      {s.actions.includes('refuse') && <Button danger onClick={() => setMode('refuse')}>{t('centre.refuse')}</Button>}
      {s.actions.includes('amend') && <Button type="primary" onClick={() => { form.setFieldsValue({ title: s.title, ipc: s.ipc }); setMode('amend'); }}>{t('centre.amend')}</Button>}
      {s.actions.includes('outcome') && <Button onClick={() => { form.setFieldsValue({ applicationNo: s.cnipaApplicationNo ?? '', outcome: s.cnipaOutcome, on: s.cnipaOn }); setMode('outcome'); }}>{t('centre.recordOutcome')}</Button>}
    </Space>
  );
  return (
    <Drawer open onClose={onClose} title={s.title} size="large" extra={act(s)}>
      {mode && (
        <Form form={form} layout="vertical" style={{ marginBottom: 16 }}>
          {mode === 'return' && <Form.Item name="defects" label={t('centre.defects')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>}
          {mode === 'refuse' && <Form.Item name="ground" label={t('centre.refusalGround')} rules={[{ required: true }]}><Select options={REFUSAL_GROUNDS.map((g) => ({ value: g, label: label(RefusalGroundLabels[g]) }))} /></Form.Item>}
          {(mode === 'refuse' || mode === 'amend') && <Form.Item name="note" label={t('centre.note')}><Input.TextArea rows={2} /></Form.Item>}
          {mode === 'amend' && <><Form.Item name="title" label={t('centre.title')} rules={[{ required: true }]}><Input /></Form.Item><Form.Item name="ipc" label={t('centre.ipc')} rules={[{ required: true }]}><Input /></Form.Item></>}
          {mode === 'outcome' && (
            <>
              <Form.Item name="applicationNo" label={t('centre.applicationNo')} rules={[{ required: true }]}><Input placeholder="202610234567.8" /></Form.Item>
              <Form.Item name="outcome" label={t('centre.outcome')}><Select allowClear options={CNIPA_OUTCOMES.map((o) => ({ value: o, label: label(CnipaOutcomeLabels[o]) }))} /></Form.Item>
              <Form.Item name="on" {...dateProps} label={t('centre.outcomeOn')}><DateInput /></Form.Item>
            </>
          )}
          <Space><Button type="primary" onClick={() => void send()}>{t('centre.submit')}</Button><Button onClick={() => setMode(null)}>{t('common.cancel')}</Button></Space>
        </Form>
      )}
      <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
        <Descriptions.Item label={t('centre.status')}>{label(SubmissionStatusLabels[s.status])}</Descriptions.Item>
        <Descriptions.Item label={t('centre.kind')}>{label(PatentKindLabels[s.kind])}</Descriptions.Item>
        <Descriptions.Item label={t('centre.enterprise')}>{s.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label={t('centre.applicant')}>{s.applicant}</Descriptions.Item>
        <Descriptions.Item label={t('centre.ipc')}>{s.ipc}</Descriptions.Item>
        <Descriptions.Item label={t('centre.window')}>{s.windowName}</Descriptions.Item>
        <Descriptions.Item label={t('centre.agency')}>{s.agencyName}</Descriptions.Item>
        <Descriptions.Item label={t('centre.examiner')}>{s.examinerName}</Descriptions.Item>
        <Descriptions.Item label={t('centre.submittedOn')}>{formatDate(s.submittedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('centre.dueOn')}>{formatDate(s.dueOn)}</Descriptions.Item>
        <Descriptions.Item label={t('centre.round')}>{s.round - 1}</Descriptions.Item>
        <Descriptions.Item label={t('centre.examinerDays')}>{`${s.examinerDays} / ${s.limitDays * s.round}`}</Descriptions.Item>
        {s.defects && <Descriptions.Item label={t('centre.defects')} span={2}>{s.defects}</Descriptions.Item>}
        {s.refusalGround && <Descriptions.Item label={t('centre.refusalGround')} span={2}>{`${label(RefusalGroundLabels[s.refusalGround])}${s.decisionNote ? `：${s.decisionNote}` : ''}`}</Descriptions.Item>}
        <Descriptions.Item label={t('centre.applicationNo')}>{s.cnipaApplicationNo}</Descriptions.Item>
        <Descriptions.Item label={t('centre.outcome')}>{s.cnipaOutcome ? `${label(CnipaOutcomeLabels[s.cnipaOutcome])} ${formatDate(s.cnipaOn)}` : s.status === 'passed' ? t('centre.outcomePending') : ''}</Descriptions.Item>
      </Descriptions>
      <h3 style={{ marginTop: 24 }}>{t('centre.history')}</h3>
      <HistoryTimeline path="/centre/submissions/{id}/history" id={s.id} />
    </Drawer>
  );
}
