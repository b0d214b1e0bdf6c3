import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { COUNTRY_LABELS, DISPUTE_KINDS, DisputeKindLabels, OVERSEAS_RIGHT_KINDS, OverseasCaseCreateSchema, OverseasRightKindLabels } from '../../../../../common/services-overseas';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';

const shape = OverseasCaseCreateSchema.shape;
interface Values { enterpriseOrgId: string; country: string; disputeKind: (typeof DISPUTE_KINDS)[number]; rightKind: (typeof OVERSEAS_RIGHT_KINDS)[number]; opponent: string; summary: string; openedOn: Dayjs; deadlineAbroad?: Dayjs; deadlineNote?: string; amountYuan: number }

/** The office opens an overseas-dispute guidance case for an enterprise. */
export function OverseasCaseForm(props: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const submit = async (v: Values) => {
    try {
      const created = await api.post('/services/overseas-cases', { body: { enterpriseOrgId: v.enterpriseOrgId, country: v.country, disputeKind: v.disputeKind, rightKind: v.rightKind, opponent: v.opponent, summary: v.summary, openedOn: v.openedOn.format('YYYY-MM-DD'), deadlineAbroad: v.deadlineAbroad ? v.deadlineAbroad.format('YYYY-MM-DD') : null, deadlineNote: v.deadlineNote ?? null, amountFen: Math.round((v.amountYuan ?? 0) * 100) } });
      void queryClient.invalidateQueries({ queryKey: ['services-overseas'] });
      props.onClose();
      void navigate(`/services/overseas-cases/${created.id}`);
    } catch (e) {
      const text = applyApiError(form, e);
      if (text) message.error(text);
    }
  };
  return (
    <Modal open={props.open} title={t('services.os.new')} onCancel={props.onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden width={680}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ country: 'US', disputeKind: 'us337', rightKind: 'patent', amountYuan: 0 }}>
        <Form.Item name="enterpriseOrgId" label={t('services.os.enterprise')} rules={[zodRule(shape.enterpriseOrgId)]}><OrgPicker kinds={['enterprise']} /></Form.Item>
        <Form.Item name="country" label={t('services.os.country')} rules={[zodRule(shape.country)]}><Select showSearch optionFilterProp="label" options={Object.entries(COUNTRY_LABELS).map(([code, l]) => ({ value: code, label: label(l) }))} /></Form.Item>
        <Form.Item name="disputeKind" label={t('services.os.kind')} rules={[zodRule(shape.disputeKind)]}><Select options={DISPUTE_KINDS.map((k) => ({ value: k, label: label(DisputeKindLabels[k]) }))} /></Form.Item>
        <Form.Item name="rightKind" label={t('services.os.rightKind')} rules={[zodRule(shape.rightKind)]}><Select options={OVERSEAS_RIGHT_KINDS.map((k) => ({ value: k, label: label(OverseasRightKindLabels[k]) }))} /></Form.Item>
        <Form.Item name="opponent" label={t('services.os.opponent')} rules={[zodRule(shape.opponent)]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="summary" label={t('services.os.summary')} rules={[zodRule(shape.summary)]}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
        <Form.Item name="openedOn" label={t('services.os.openedOn')} rules={[{ required: true, message: '必填' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="deadlineAbroad" label={t('services.os.deadlineAbroad')}><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="deadlineNote" label={t('services.os.deadlineNote')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="amountYuan" label={t('services.os.amountYuan')} rules={[{ required: true, message: '必填' }]}><InputNumber min={0} precision={2} style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
