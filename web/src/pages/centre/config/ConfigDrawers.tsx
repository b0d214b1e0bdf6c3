import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { AgencyCreateSchema, type AgencyCreate, type Condition, type ConditionUpdate, ConditionUpdateSchema, WindowCreateSchema, type WindowCreate } from '../../../../../common/centre';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { RegionPicker } from '../../../components/RegionPicker';

/** After a save the configuration (and the agency list) are read again. */
function useRefresh(onClose: () => void) {
  const queryClient = useQueryClient();
  return () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['centre-config'] });
    void queryClient.invalidateQueries({ queryKey: ['centre-agencies'] });
  };
}

/** The office changes a filing condition: its threshold, whether it applies, and the source it rests on. */
export function ConditionDrawer({ condition, onClose }: { condition: Condition; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<ConditionUpdate>();
  const shape = ConditionUpdateSchema.shape;
  const { saving, submit } = useFormSave(form, (v) => api.put('/centre/conditions/{id}', { params: { path: { id: condition.id } }, body: { ...v, threshold: v.threshold ?? null } }), useRefresh(onClose));
  return (
    <FormDrawer open onClose={onClose} title={condition.name} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={condition}>
        {condition.threshold !== null && (
          <Form.Item name="threshold" label={t('centre.config.threshold')} rules={[{ required: true }]}><InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} /></Form.Item>
        )}
        <Form.Item name="active" label={t('centre.config.active')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="source" label={t('centre.config.source')} rules={[zodRule(shape.source)]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="citation" label={t('centre.config.citation')} rules={[zodRule(shape.citation)]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The office opens a centre or a sub-window under one: the organisation that runs it, its region and industry fields. */
export function WindowDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<WindowCreate>();
  const shape = WindowCreateSchema.shape;
  const config = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const { saving, submit } = useFormSave(form, (v) => api.post('/centre/windows', { body: { ...v, parentId: v.parentId ?? null } }), useRefresh(onClose));
  return (
    <FormDrawer open onClose={onClose} title={t('centre.config.newWindow')} size={600} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ filingValidityMonths: 24 }}>
        <Form.Item name="orgId" label={t('centre.config.windowOrg')} rules={[{ required: true }]} extra={t('centre.config.windowOrgHint')}><OrgPicker kinds={['serviceAgency']} /></Form.Item>
        <Form.Item name="name" label={t('centre.config.windowName')} rules={[zodRule(shape.name)]}><Input count={{ max: 100 }} /></Form.Item>
        <Form.Item name="parentId" label={t('centre.config.parent')}>
          <Select allowClear options={config.data?.windows.filter((w) => !w.parentId).map((w) => ({ value: w.id, label: w.name }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('centre.region')} rules={[{ required: true }]}><RegionPicker /></Form.Item>
        <Form.Item name="fieldCodes" label={t('centre.fields')} rules={[zodRule(shape.fieldCodes)]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={config.data?.fields.map((f) => ({ value: f.code, label: f.name }))} />
        </Form.Item>
        <Form.Item name="filingValidityMonths" label={t('centre.config.validity')} rules={[zodRule(shape.filingValidityMonths)]}><InputNumber min={1} max={60} precision={0} style={{ width: 160 }} /></Form.Item>
        <Form.Item name="validitySource" label={t('centre.config.validitySource')} rules={[zodRule(shape.validitySource)]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** An agency the centre accepts filings and pre-examinations from (examiners and the office keep the list). */
export function AgencyDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AgencyCreate>();
  const shape = AgencyCreateSchema.shape;
  const { saving, submit } = useFormSave(form, (v) => api.post('/centre/agencies', { body: v }), useRefresh(onClose));
  return (
    <FormDrawer open onClose={onClose} title={t('centre.config.newAgency')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('centre.agency')} rules={[zodRule(shape.name)]}><Input count={{ max: 100 }} /></Form.Item>
        <Form.Item name="creditCode" label={t('centre.config.creditCode')} rules={[zodRule(shape.creditCode)]}><Input maxLength={18} style={{ width: 240 }} /></Form.Item>
        <Form.Item name="regionCode" label={t('centre.region')} rules={[{ required: true }]}><RegionPicker /></Form.Item>
      </Form>
    </FormDrawer>
  );
}
