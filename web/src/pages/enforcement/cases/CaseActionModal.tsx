import { App, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import type { ZodType } from 'zod';
import {
  type CaseAction,
  type CaseActionName,
  CaseActionSchema,
  type CaseDetail,
  CLOSE_OUTCOMES,
  CloseOutcomeLabels,
  DECISIONS,
  DecisionLabels,
  REMEDIES,
  RemedyLabels,
} from '../../../../../common/enforcement';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { applyApiError, validValues, zodRule } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';

type Kind = 'date' | 'text' | 'textarea' | 'days' | 'yuan' | 'bool' | 'decision' | 'remedy' | 'outcome';
/** The fields of each step's form, in the order they are asked. */
const FIELDS: Record<CaseActionName, [name: string, kind: Kind][]> = {
  extendOpening: [['approval', 'text'], ['on', 'date']],
  open: [['on', 'date']],
  notOpen: [['on', 'date'], ['reason', 'textarea']],
  extendDecision: [['approval', 'text'], ['days', 'days'], ['on', 'date']],
  hearingNotice: [['on', 'date']],
  hearingRequested: [['on', 'date']],
  decide: [['on', 'date'], ['decision', 'decision'], ['decisionNo', 'text'], ['fineYuan', 'yuan'], ['confiscatedYuan', 'yuan'], ['confiscatedGoods', 'textarea']],
  serve: [['on', 'date']],
  publish: [['on', 'date']],
  remedy: [['remedy', 'remedy']],
  close: [['on', 'date'], ['outcome', 'outcome']],
  typicalCandidate: [['value', 'bool']],
};
/** Steps that end or turn the case away, shown as danger buttons. */
export const DANGER_CASE_ACTIONS = new Set<CaseActionName>(['notOpen']);

function shapeOf(action: string): Record<string, ZodType> {
  return CaseActionSchema.options.find((o) => o.shape.action.value === action)?.shape ?? {};
}

/** One step of a case as a form; the server's answer (a limit run out, an approval missing) shows under its field. */
export function CaseActionModal(props: { c: CaseDetail; action: CaseActionName | null; onClose: () => void; onDone: (c: CaseDetail) => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [saving, setSaving] = useState(false);
  const { action } = props;
  const fields = action ? FIELDS[action] : [];

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    // Only the fields this step's form shows get a starting value, so the body holds nothing the step does not take.
    const has = (name: string) => FIELDS[action].some(([n]) => n === name);
    form.setFieldsValue({ ...(has('on') ? { on: dayjs() } : {}), ...(has('value') ? { value: !props.c.typicalCandidate } : {}), ...(has('days') ? { days: 30 } : {}) });
  }, [action, form, props.c.typicalCandidate]);

  const submit = async () => {
    if (!action) return;
    const values = await validValues(form);
    if (!values) return;
    const body: Record<string, unknown> = { action };
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') continue;
      if (k === 'fineYuan') body.fineFen = yuanToFen(v);
      else if (k === 'confiscatedYuan') body.confiscatedFen = yuanToFen(v);
      else if (dayjs.isDayjs(v)) body[k] = (v).format('YYYY-MM-DD');
      else body[k] = v;
    }
    setSaving(true);
    try {
      // The body holds exactly the fields this step's form shows; the server checks it against the step's schema.
      const updated = await api.post('/enforcement/cases/{id}/actions', { params: { path: { id: props.c.id } }, body: body as CaseAction });
      void message.success(t('enforcement.action.done', { action: t(`enforcement.action.${action}`) }));
      props.onDone(updated);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  const shape = action ? shapeOf(action) : {};
  const item = (name: string, kind: Kind) => {
    const title = t(`enforcement.f.${name}`);
    const rules = shape[name] && kind !== 'date' ? [zodRule(shape[name])] : [];
    switch (kind) {
      case 'date':
        return <Form.Item key={name} name={name} label={title} rules={[{ required: true, message: t('common.chooseField', { field: title }) }, dateRule()]}><DateInput /></Form.Item>;
      case 'text':
        return <Form.Item key={name} name={name} label={title} rules={rules} required={name === 'approval' || rules.length > 0} extra={name === 'approval' ? t('enforcement.f.approvalHint') : undefined}><Input count={{ max: 200 }} /></Form.Item>;
      case 'textarea':
        return <Form.Item key={name} name={name} label={title} rules={rules}><Input.TextArea rows={3} count={{ show: true, max: 2000 }} /></Form.Item>;
      case 'days':
        return <Form.Item key={name} name={name} label={title} rules={rules}><InputNumber min={1} max={30} style={{ width: 160 }} /></Form.Item>;
      case 'yuan':
        return <Form.Item key={name} name={name} label={title} rules={[moneyRule()]}><MoneyInput style={{ width: 240 }} /></Form.Item>;
      case 'bool':
        return <Form.Item key={name} name={name} label={title} valuePropName="checked"><Switch /></Form.Item>;
      case 'decision':
        return <Form.Item key={name} name={name} label={title} rules={rules}><Select options={DECISIONS.map((d) => ({ value: d, label: label(DecisionLabels[d]) }))} /></Form.Item>;
      case 'remedy':
        return <Form.Item key={name} name={name} label={title} rules={rules}><Select options={REMEDIES.map((d) => ({ value: d, label: label(RemedyLabels[d]) }))} /></Form.Item>;
      case 'outcome':
        return <Form.Item key={name} name={name} label={title} rules={rules}><Select options={CLOSE_OUTCOMES.map((d) => ({ value: d, label: label(CloseOutcomeLabels[d]) }))} /></Form.Item>;
    }
  };

  return (
    <Modal
      open={!!action}
      title={action ? t(`enforcement.action.${action}`) : ''}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={600}
      destroyOnHidden
    >
      {action && <Typography.Paragraph type="secondary">{t(`enforcement.action.${action}.hint`)}</Typography.Paragraph>}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        {fields.map(([name, kind]) => item(name, kind))}
      </Form>
    </Modal>
  );
}
