import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, Radio, Rate, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { AssigneeKind, Escalation, MessageCreate, QuestionDetail } from '../../../../../common/services-desk';
import { AssigneeKindLabels, ASSIGNEE_KINDS, ESCALATION_TARGETS, EscalationTargetLabels, QuestionCategoryLabels, QUESTION_CATEGORIES } from '../../../../../common/services-desk';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { AttachmentField } from '../AttachmentField';

type Done = (next: QuestionDetail) => void;

/** Shows a failed save under its fields, or as a message when no field is named. */
function useFail() {
  const { message } = App.useApp();
  return (form: Parameters<typeof applyApiError>[0]) => (err: unknown) => {
    const text = applyApiError(form, err);
    if (text) void message.error(text);
  };
}

/** The desk gives the question to a staff member, a member unit or a volunteer. */
export function AssignCard({ q, done }: { q: QuestionDetail; done: Done }) {
  const { t, label } = useI18n();
  const fail = useFail();
  const [form] = Form.useForm<{ assigneeKind: AssigneeKind; userId?: string; orgId?: string }>();
  const [kind, setKind] = useState<AssigneeKind>('staff');
  const { data } = useQuery({ queryKey: ['services-assignees'], queryFn: () => api.get('/services/assignees') });
  const people = kind === 'staff' ? data?.staff : data?.volunteers;
  return (
    <Card size="small" title={t('services.q.assign')}>
      <Form form={form} layout="inline" initialValues={{ assigneeKind: 'staff' }} onFinish={(v) => void api.post('/services/questions/{id}/assign', { params: { path: { id: q.id } }, body: v }).then(done, fail(form))}>
        <Form.Item name="assigneeKind" label={t('services.q.assigneeKind')}>
          <Select style={{ width: 160 }} onChange={(k: AssigneeKind) => setKind(k)} options={ASSIGNEE_KINDS.map((k) => ({ value: k, label: label(AssigneeKindLabels[k]) }))} />
        </Form.Item>
        {kind === 'memberUnit' ? (
          <Form.Item name="orgId" style={{ minWidth: 240 }}><OrgPicker kinds={['memberUnit', 'court', 'procuratorate', 'publicSecurity', 'customs', 'regulator', 'serviceAgency', 'association', 'university', 'mediationOrg']} placeholder={t('services.q.unit')} style={{ width: 260 }} /></Form.Item>
        ) : (
          <Form.Item name="userId"><Select aria-label={t(kind === 'staff' ? 'services.q.staff' : 'services.q.volunteer')} placeholder={t(kind === 'staff' ? 'services.q.staff' : 'services.q.volunteer')} style={{ width: 220 }} showSearch={{ optionFilterProp: 'label' }} options={(people ?? []).map((p) => ({ value: p.id, label: p.name }))} /></Form.Item>
        )}
        <Button type="primary" htmlType="submit">{t('services.q.assign')}</Button>
      </Form>
    </Card>
  );
}

/** A reply, an internal note or the asker's follow-up, whichever the caller may write. */
export function MessageCard({ q, done }: { q: QuestionDetail; done: Done }) {
  const { t } = useI18n();
  const fail = useFail();
  const [form] = Form.useForm<MessageCreate>();
  const kinds = [...(q.can.answer ? ['reply' as const] : []), ...(q.can.note ? ['note' as const] : []), ...(q.can.followUp ? ['followUp' as const] : [])];
  const [kind, setKind] = useState(kinds[0]);
  if (!kind) return null;
  const send = (v: MessageCreate) =>
    void api.post('/services/questions/{id}/messages', { params: { path: { id: q.id } }, body: { ...v, kind, fileIds: v.fileIds ?? [] } }).then((next) => {
      form.resetFields();
      done(next);
    }, fail(form));
  return (
    <Card size="small" title={kinds.length > 1 ? <Radio.Group value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} options={kinds.map((k) => ({ value: k, label: t(`services.q.${k}`) }))} /> : t(`services.q.${kind}`)}>
      <Form form={form} layout="vertical" initialValues={{ effect: 'keepOpen', fileIds: [] }} onFinish={send}>
        <Form.Item name="body" rules={[{ required: true, message: t('services.q.body') }]}><Input.TextArea rows={4} maxLength={2000} showCount aria-label={t(`services.q.${kind}`)} /></Form.Item>
        {kind === 'reply' && (
          <Form.Item name="effect" label={t('services.q.effect')}>
            <Radio.Group options={(['keepOpen', 'waitForAsker', 'resolve'] as const).map((e) => ({ value: e, label: t(`services.q.${e}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="fileIds"><AttachmentField /></Form.Item>
        <Button type="primary" htmlType="submit">{t('services.q.send')}</Button>
      </Form>
    </Card>
  );
}

/** The asker's satisfaction rating of a resolved question. */
export function RateCard({ q, done }: { q: QuestionDetail; done: Done }) {
  const { t } = useI18n();
  const fail = useFail();
  const [form] = Form.useForm<{ score: number; comment?: string }>();
  return (
    <Card size="small" title={t('services.q.rate')}>
      <Form form={form} layout="inline" onFinish={(v) => void api.post('/services/questions/{id}/rating', { params: { path: { id: q.id } }, body: v }).then(done, fail(form))}>
        <Form.Item name="score" rules={[{ required: true, message: t('services.q.rating') }]}><Rate aria-label={t('services.q.rating')} /></Form.Item>
        <Form.Item name="comment"><Input placeholder={t('services.q.ratingComment')} style={{ width: 260 }} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('services.q.send')}</Button>
      </Form>
    </Card>
  );
}

/** One click from the question to a mediation case, or to a filing the protection centre invites the enterprise to complete, carrying its facts. */
export function EscalateCard({ q, done }: { q: QuestionDetail; done: Done }) {
  const { t, label } = useI18n();
  const fail = useFail();
  const [form] = Form.useForm<Omit<Escalation, 'amountFen'> & { amount?: number }>();
  const target = Form.useWatch('target', form) ?? 'mediation';
  const send = (v: Omit<Escalation, 'amountFen'> & { amount?: number }) =>
    void api
      .post('/services/questions/{id}/escalation', {
        params: { path: { id: q.id } },
        body: v.target === 'mediation' ? { target: v.target, mediationOrgId: v.mediationOrgId, respondentName: v.respondentName, claims: v.claims, amountFen: Math.round((v.amount ?? 0) * 100) } : { target: v.target, amountFen: 0 },
      })
      .then(done, fail(form));
  return (
    <Card size="small" title={t('services.q.escalate')}>
      <Form form={form} layout="vertical" initialValues={{ target: 'mediation' }} onFinish={send}>
        <Form.Item name="target" label={t('services.q.escalateTo')}>
          <Radio.Group options={ESCALATION_TARGETS.map((k) => ({ value: k, label: label(EscalationTargetLabels[k]) }))} />
        </Form.Item>
        {target === 'mediation' ? (
          <>
            <Form.Item name="mediationOrgId" label={t('services.q.mediationOrg')}><OrgPicker kinds={['mediationOrg']} /></Form.Item>
            <Form.Item name="respondentName" label={t('services.q.respondent')}><Input maxLength={100} /></Form.Item>
            <Form.Item name="claims" label={t('services.q.claims')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            <Form.Item name="amount" label={t('services.q.amount')}><InputNumber min={0} precision={2} style={{ width: 200 }} /></Form.Item>
          </>
        ) : (
          <Typography.Paragraph type="secondary">{t('services.q.centreHint')}</Typography.Paragraph>
        )}
        <Button danger htmlType="submit">{t('services.q.escalate')}</Button>
      </Form>
    </Card>
  );
}

/** The desk publishes the answer (edited, without the asker) to the knowledge base. */
export function PublishCard({ q, done }: { q: QuestionDetail; done: Done }) {
  const { t, label } = useI18n();
  const fail = useFail();
  const [form] = Form.useForm<{ title: string; body: string; category: QuestionDetail['category'] }>();
  const lastReply = [...q.messages].reverse().find((m) => m.kind === 'reply')?.body ?? '';
  return (
    <Card size="small" title={t('services.q.publish')}>
      <Form form={form} layout="vertical" initialValues={{ title: q.title, body: lastReply, category: q.category }} onFinish={(v) => void api.post('/services/questions/{id}/knowledge', { params: { path: { id: q.id } }, body: v }).then(done, fail(form))}>
        <Form.Item name="category" label={t('services.q.category')}><Select options={QUESTION_CATEGORIES.map((c) => ({ value: c, label: label(QuestionCategoryLabels[c]) }))} style={{ width: 200 }} /></Form.Item>
        <Form.Item name="title" label={t('services.q.title')}><Input maxLength={100} /></Form.Item>
        <Form.Item name="body" label={t('services.q.body')}><Input.TextArea rows={4} maxLength={2000} /></Form.Item>
        <Space><Button type="primary" htmlType="submit">{t('services.q.publish')}</Button></Space>
      </Form>
    </Card>
  );
}
