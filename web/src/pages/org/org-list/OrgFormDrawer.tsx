import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { ORG_KINDS, type Org, type OrgCreateInput, OrgCreateSchema, OrgKindLabels } from '../../../../../common/org';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgPicker } from '../../../components/OrgPicker';
import { RegionPicker } from '../../../components/RegionPicker';

const shape = OrgCreateSchema.shape;

/** Creates or edits an organisation; errors from the server land under their fields. */
export function OrgFormDrawer(props: { open: boolean; org: Org | null; onClose: () => void; onSaved: (org: Org) => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<Record<string, unknown>>();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.org) form.setFieldsValue(props.org);
  }, [props.open, props.org, form]);

  const { saving, submit } = useFormSave(
    form,
    (values: Record<string, unknown>) => {
      // A cleared field is undefined in the form and null on the server (the value is removed).
      const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined ? null : v])) as OrgCreateInput;
      return props.org ? api.patch('/org/orgs/{id}', { params: { path: { id: props.org.id } }, body }) : api.post('/org/orgs', { body });
    },
    props.onSaved,
  );

  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={props.org ? t('org.edit') : t('org.create')} size={560} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="name" label={t('org.name')} required rules={[zodRule(shape.name)]}>
          <Input count={{ show: true, max: 100 }} />
        </Form.Item>
        <Form.Item name="shortName" label={t('org.shortName')} rules={[zodRule(shape.shortName)]}>
          <Input count={{ max: 30 }} />
        </Form.Item>
        <Form.Item name="kind" label={t('org.kind')} required rules={[zodRule(shape.kind)]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={ORG_KINDS.map((k) => ({ value: k, label: label(OrgKindLabels[k]) }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('org.region')} required rules={[zodRule(shape.regionCode)]}>
          <RegionPicker />
        </Form.Item>
        <Form.Item name="parentId" label={t('org.parent')}>
          <OrgPicker allowClear />
        </Form.Item>
        <Form.Item name="creditCode" label={t('org.creditCode')} rules={[zodRule(shape.creditCode)]} extra={t('org.creditCodeHint')}>
          <Input count={{ max: 18 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="address" label={t('org.address')} rules={[zodRule(shape.address)]}>
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item name="phone" label={t('org.phone')} rules={[zodRule(shape.phone)]}>
          <Input count={{ max: 30 }} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </FormDrawer>
  );
}
