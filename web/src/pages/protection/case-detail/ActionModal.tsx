import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ZodType } from 'zod';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '../../../../../common/protection-case';
import { ActionLabels, type CaseAction, CaseActionSchema } from '../../../../../common/protection-workflow';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { MediatorSelect, OrgChoice} from '../shared';
import { ACTION_FIELDS, type FieldSpec } from './action-fields';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

/** The zod schema of one action's body, for field rules that match the server's. */
function shapeOf(action: string): Record<string, ZodType> {
  const option = CaseActionSchema.options.find((o) => o.shape.action.value === action);
  return (option?.shape ?? {});
}

function Field(props: { spec: FieldSpec; c: CaseDetail; action: string }) {
  const { t, label } = useI18n();
  const { spec, c } = props;
  const schema = shapeOf(props.action)[spec.name];
  const rules = schema && spec.kind !== 'yuan' && spec.kind !== 'handlers' ? [zodRule(schema)] : [];
  const common = { name: spec.name, label: t(`protection.f.${spec.name}`), rules, required: !spec.optional && spec.kind !== 'bool' };
  switch (spec.kind) {
    case 'text':
      return <Form.Item {...common}><Input count={{ max: 200 }} /></Form.Item>;
    case 'textarea':
      return <Form.Item {...common}><Input.TextArea rows={3} count={{ show: true, max: 2000 }} /></Form.Item>;
    case 'number':
      return <Form.Item {...common}><InputNumber min={1} max={366} style={{ width: 160 }} /></Form.Item>;
    case 'yuan':
      return <Form.Item name={spec.name} label={t(`protection.f.${spec.name}`)} rules={[moneyRule()]}><MoneyInput style={{ width: 220 }} /></Form.Item>;
    case 'date':
      return <Form.Item {...common} rules={[{ required: true, message: t('common.chooseField', { field: t(`protection.f.${spec.name}`) }) }, dateRule()]}><DateInput /></Form.Item>;
    case 'bool':
      return <Form.Item {...common} valuePropName="checked"><Switch /></Form.Item>;
    case 'select':
      return (
        <Form.Item {...common}>
          <Select options={(spec.options ?? []).map((o) => ({ value: o.value, label: o.label ? label(o.label) : t(o.key ?? o.value) }))} />
        </Form.Item>
      );
    case 'mediator':
      return <Form.Item {...common}><MediatorSelect orgId={c.org.id} /></Form.Item>;
    case 'court':
      return <Form.Item {...common}><OrgChoice kind="court" /></Form.Item>;
    case 'office':
      return <Form.Item {...common}><OrgChoice kind="office" allowClear /></Form.Item>;
    case 'parties':
      return (
        <Form.Item {...common} rules={spec.optional ? [] : rules}>
          <Checkbox.Group options={c.parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
      );
    case 'evidence':
      return (
        <Form.Item {...common}>
          <Select allowClear options={c.evidence.map((e) => ({ value: e.id, label: e.title }))} />
        </Form.Item>
      );
    case 'panel':
      return (
        <Form.Item {...common}>
          <Select options={c.panel.filter((m) => !m.recusedOn).map((m) => ({ value: m.id, label: m.name }))} />
        </Form.Item>
      );
    case 'handlers':
      return (
        <Form.Item label={t('protection.f.handlers')} required>
          <Form.List name="handlers">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('common.fillField', { field: t('protection.f.handlers') }) }]}>
                      <Input placeholder={`${i + 1}`} count={{ max: 50 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'presiding']} valuePropName="checked">
                      <Checkbox>{t('protection.f.presiding')}</Checkbox>
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', presiding: false })}>
                  {t('common.create')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      );
  }
}

/** Takes one action on a case: a form built from the action's fields, the server's answer shown under them. */
export function ActionModal(props: { c: CaseDetail; action: string | null; onClose: () => void; onDone: (c: CaseDetail) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [saving, setSaving] = useState(false);
  const action = props.action;
  const specs = (action ? (ACTION_FIELDS[action] ?? []) : []).filter((s) => !(s.name === 'seal' && !props.c.viewer.sides.includes('mediator')));

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    const initial: Record<string, unknown> = Object.fromEntries(specs.filter((s) => s.initial !== undefined).map((s) => [s.name, s.initial]));
    if (action === 'register') initial.handlers = [{ name: '', presiding: true }, { name: '', presiding: false }, { name: '', presiding: false }];
    // Consent to an extension is ticked party by party as it is given, never assumed.
    if (action === 'draftAgreement') initial.signedPartyIds = props.c.parties.map((p) => p.id);
    form.setFieldsValue(initial);
    // Only when the modal opens for another action; the specs follow from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [action, form]);

  const submit = async () => {
    if (!action) return;
    const values = await validValues(form);
    if (!values) return;
    const body: Record<string, unknown> = { action };
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') continue;
      if (k === 'damagesYuan') body.damagesFen = yuanToFen(v);
      else if (typeof v === 'object' && v !== null && 'format' in v) body[k] = (v as Dayjs).format('YYYY-MM-DD');
      else body[k] = v;
    }
    setSaving(true);
    try {
      // The body is built from the fields this action's form shows; the server checks it against the action's schema.
      const updated = await api.post('/protection/cases/{id}/actions', { params: { path: { id: props.c.id } }, body: body as CaseAction });
      void message.success(`${label(ActionLabels[action])}：${t('protection.action.done')}`);
      props.onDone(updated);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={!!action}
      title={action ? label(ActionLabels[action]) : ''}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      {specs.length === 0 && <Typography.Paragraph>{t('protection.action.confirm', { action: action ? label(ActionLabels[action]) : '' })}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        {action && specs.map((s) => (s.kind === 'bool' && s.name === 'hasConflict' ? <Form.Item key={s.name} name="hasConflict" label={t('protection.f.hasConflict')}><Radio.Group options={[{ value: false, label: t('protection.opt.no') }, { value: true, label: t('protection.opt.yes') }]} /></Form.Item> : <Field key={s.name} spec={s} c={props.c} action={action} />))}
      </Form>
    </Modal>
  );
}
