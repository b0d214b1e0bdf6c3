import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Rate, Space } from 'antd';
import { useState } from 'react';
import type { HoursReport, VolunteerRequest } from '../../../../../common/services-volunteer';
import { HoursReportSchema } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { platformToday } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import dayjs from 'dayjs';

type Done = (r: VolunteerRequest) => void;
type Dialog = null | 'decline' | 'report' | 'signOut' | 'rate';

/** The buttons of a request for whoever may act on it now: the volunteer's answer and hours, the enterprise's completion and rating. */
export function RequestActions({ r, onDone }: { r: VolunteerRequest; onDone: Done }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const path = { params: { path: { id: r.id } } };
  const run = async (call: () => Promise<VolunteerRequest>) => {
    try {
      onDone(await call());
      setDialog(null);
      form.resetFields();
      message.success(t('services.req.saved'));
    } catch (e) {
      const text = applyApiError(form, e);
      if (text) message.error(text);
    }
  };
  const signedIn = r.records.some((x) => x.status === 'signedIn');
  const submit = (values: Record<string, unknown>) => {
    if (dialog === 'decline') return run(() => api.post('/services/volunteer-requests/answer', { body: { requestId: r.id, answer: 'decline', reason: (values.reason as string | undefined) ?? '' } }));
    if (dialog === 'report') {
      const v = values as unknown as HoursReport & { servedOn: dayjs.Dayjs };
      return run(() => api.post('/services/volunteer-requests/{id}/hours', { ...path, body: { servedOn: v.servedOn.format('YYYY-MM-DD'), minutes: v.minutes, outcome: v.outcome } }));
    }
    if (dialog === 'signOut') return run(() => api.post('/services/volunteer-requests/{id}/sign-out', { ...path, body: { code: (values.code as string | undefined) ?? '', outcome: (values.outcome as string | undefined) ?? '' } }));
    if (dialog === 'rate') return run(() => api.post('/services/volunteer-requests/{id}/rating', { ...path, body: { rating: Number(values.rating ?? 0), comment: (values.comment as string | undefined) ?? null } }));
    return Promise.resolve();
  };
  const signIn = () => {
    let code = '';
    Modal.confirm({ title: t('services.req.signIn'), content: <Input aria-label={t('services.req.code')} placeholder={t('services.req.code')} maxLength={6} onChange={(e) => (code = e.target.value)} />, okText: t('services.req.signIn'), cancelText: t('common.cancel'), onOk: () => run(() => api.post('/services/volunteer-requests/{id}/sign-in', { ...path, body: { code } })) });
  };
  const c = r.can;
  return (
    <>
      <Space wrap>
        {c.answer && <Button type="primary" onClick={() => void run(() => api.post('/services/volunteer-requests/answer', { body: { requestId: r.id, answer: 'accept', reason: null } }))}>{t('services.req.accept')}</Button>}
        {c.answer && <Button onClick={() => setDialog('decline')}>{t('services.req.decline')}</Button>}
        {c.record && <Button type="primary" onClick={() => setDialog('report')}>{t('services.req.report')}</Button>}
        {c.record && !signedIn && <Button onClick={signIn}>{t('services.req.signIn')}</Button>}
        {c.record && signedIn && <Button onClick={() => setDialog('signOut')}>{t('services.req.signOut')}</Button>}
        {c.complete && <Button type="primary" onClick={() => void run(() => api.post('/services/volunteer-requests/{id}/complete', path))}>{t('services.req.complete')}</Button>}
        {c.rate && <Button type="primary" onClick={() => setDialog('rate')}>{t('services.req.rate')}</Button>}
        {c.cancel && <Button danger onClick={() => void run(() => api.post('/services/volunteer-requests/{id}/cancel', path))}>{t('services.req.cancel')}</Button>}
      </Space>
      <Modal open={dialog !== null} title={dialog ? t(DIALOG_TITLES[dialog]) : ''} onCancel={() => setDialog(null)} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v: Record<string, unknown>) => void submit(v)} initialValues={{ servedOn: dayjs(platformToday()), minutes: 60, rating: 5 }}>
          {dialog === 'decline' && <Form.Item name="reason" label={t('services.req.declineReason')} rules={[{ required: true, message: '必填' }]}><Input.TextArea rows={3} maxLength={300} /></Form.Item>}
          {dialog === 'report' && (
            <>
              <Form.Item name="servedOn" label={t('services.req.servedOn')} rules={[{ required: true, message: '必填' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="minutes" label={t('services.req.minutes')} rules={[zodRule(HoursReportSchema.shape.minutes)]}><InputNumber min={15} max={720} step={15} style={{ width: '100%' }} /></Form.Item>
              <Form.Item name="outcome" label={t('services.req.outcome')} rules={[zodRule(HoursReportSchema.shape.outcome)]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
            </>
          )}
          {dialog === 'signOut' && (
            <>
              <Form.Item name="code" label={t('services.req.code')} rules={[{ required: true, message: '必填' }]}><Input maxLength={6} /></Form.Item>
              <Form.Item name="outcome" label={t('services.req.outcome')} rules={[{ required: true, message: '必填' }]}><Input.TextArea rows={3} maxLength={1000} /></Form.Item>
            </>
          )}
          {dialog === 'rate' && (
            <>
              <Form.Item name="rating" label={t('services.req.rating')} rules={[{ required: true, message: '必填' }]}><Rate /></Form.Item>
              <Form.Item name="comment" label={t('services.req.comment')}><Input.TextArea rows={3} maxLength={500} /></Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}

const DIALOG_TITLES: Record<Exclude<Dialog, null>, string> = { decline: 'services.req.declineTitle', report: 'services.req.report', signOut: 'services.req.signOut', rate: 'services.req.rate' };
