import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { type ComplianceAction, type ComplianceActionName, type ComplianceDetail, EVALUATION_RESULTS, EvaluationResultLabels, type InspectionCreate } from '../../../../../common/enforcement-compliance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';

type Values = Record<string, string | number | undefined>;

/** The fields each action asks for. */
function Fields({ action }: { action: ComplianceActionName }) {
  const { t, label } = useI18n();
  const on = <Form.Item name="on" label={t('enforcement.more.on')}><DateInput /></Form.Item>;
  switch (action) {
    case 'submitPlan':
      return (
        <>
          <Form.Item name="title" label={t('enforcement.compliance.planTitle')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="summary" label={t('enforcement.compliance.planSummary')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
          {on}
        </>
      );
    case 'extendTerm':
      return (
        <>
          <Form.Item name="months" label={t('enforcement.compliance.months')} rules={[{ required: true }]}><InputNumber min={1} max={12} precision={0} /></Form.Item>
          <Form.Item name="approval" label={t('enforcement.compliance.approval')}><Input /></Form.Item>
        </>
      );
    case 'schedule':
      return (
        <>
          <Form.Item name="plannedOn" label={t('enforcement.compliance.plannedOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
          <Form.Item name="focus" label={t('enforcement.compliance.focus')} rules={[{ required: true }]}><Input /></Form.Item>
        </>
      );
    case 'evaluate':
      return (
        <>
          <Form.Item name="result" label={t('enforcement.compliance.result')} rules={[{ required: true }]}><Select options={EVALUATION_RESULTS.map((r) => ({ value: r, label: label(EvaluationResultLabels[r]) }))} /></Form.Item>
          <Form.Item name="summary" label={t('enforcement.compliance.evaluationSummary')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
          {on}
        </>
      );
    case 'approvePlan':
    case 'send':
      return on;
  }
}

/** The buttons of what the team may do now, each opening its form; `done` takes the updated procedure. */
export function ComplianceActions({ p, done }: { p: ComplianceDetail; done: (next: ComplianceDetail) => void }) {
  const { t } = useI18n();
  const [action, setAction] = useState<ComplianceActionName | null>(null);
  const [form] = Form.useForm<Values>();
  const path = { params: { path: { id: p.id } } };
  const { saving, submit } = useFormSave(
    form,
    (v) => (action === 'schedule' ? api.post('/enforcement/compliance/{id}/inspections', { ...path, body: v as unknown as InspectionCreate }) : api.post('/enforcement/compliance/{id}/actions', { ...path, body: { ...v, action } as ComplianceAction })),
    (next) => {
      setAction(null);
      done(next);
    },
  );
  if (!p.actions.length) return null;
  return (
    <>
      <Space wrap>
        {p.actions.map((a) => (
          <Button key={a} type={a === 'send' || a === 'approvePlan' ? 'primary' : 'default'} onClick={() => { form.resetFields(); setAction(a); }}>{t(`enforcement.compliance.action.${a}`)}</Button>
        ))}
      </Space>
      <FormDrawer open={action !== null} onClose={() => setAction(null)} title={action ? t(`enforcement.compliance.action.${action}`) : ''} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">{action && <Fields action={action} />}</Form>
      </FormDrawer>
    </>
  );
}
