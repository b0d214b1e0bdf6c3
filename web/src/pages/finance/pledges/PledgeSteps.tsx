import { Alert, Button, Checkbox, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Pledge, PledgeChangeSchema, PledgeRefuseSchema, PledgeRegisterSchema, PledgeReleaseSchema, REFUSAL_GROUNDS } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { FileField } from '../FileField';
import { required, ymd, ymdOrNull } from '../form-values';

type Step = 'submit' | 'register' | 'refuse' | 'change' | 'release';

/** Everything the step forms may hold; each step shows its own fields. */
interface StepValues {
  on: Dayjs;
  overrideWarnings?: boolean;
  registrationNo?: string;
  ground?: number;
  note?: string;
  securedAmount?: string;
  debtEnd?: Dayjs | null;
  fileId?: string | null;
}

/** The steps open in a pledge's state to the caller. */
function stepsOf(p: Pledge): Step[] {
  if (p.status === 'draft' && p.canEdit) return ['submit'];
  if (!p.canRecordOutcome) return [];
  if (p.status === 'submitted') return ['register', 'refuse'];
  if (p.status === 'registered' || p.status === 'changed') return ['change', 'release'];
  return [];
}

/** Sends one step with the values of its form. */
function send(p: Pledge, step: Step, v: StepValues): Promise<Pledge> {
  const path = { id: p.id };
  switch (step) {
    case 'submit':
      return api.post('/finance/pledges/{id}/submit', { params: { path }, body: { overrideWarnings: !!v.overrideWarnings } });
    case 'register':
      return api.post('/finance/pledges/{id}/register', { params: { path }, body: { registrationNo: v.registrationNo ?? '', registeredOn: ymd(v.on), noticeFileId: v.fileId ?? null } });
    case 'refuse':
      return api.post('/finance/pledges/{id}/refuse', { params: { path }, body: { ground: v.ground ?? 0, note: v.note ?? null, refusedOn: ymd(v.on) } });
    case 'change':
      return api.post('/finance/pledges/{id}/change', { params: { path }, body: { changedOn: ymd(v.on), note: v.note ?? '', securedAmountFen: v.securedAmount ? yuanToFen(v.securedAmount) : undefined, debtEnd: ymdOrNull(v.debtEnd) ?? undefined, fileId: v.fileId ?? null } });
    case 'release':
      return api.post('/finance/pledges/{id}/release', { params: { path }, body: { releasedOn: ymd(v.on), note: v.note ?? null, fileId: v.fileId ?? null } });
  }
}

/** The fields of one step's form. */
function StepFields({ step, pledge }: { step: Step; pledge: Pledge }) {
  const { t, locale } = useI18n();
  const warnings = pledge.checks.filter((c) => c.outcome === 'warn');
  const failures = pledge.checks.filter((c) => c.outcome === 'fail');
  if (step === 'submit') {
    return (
      <>
        {failures.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('finance.pledges.failing', { n: failures.length })} description={failures.map((c) => `${c.rightNumber ?? ''} ${c.reason}`).join('；')} />}
        {warnings.length > 0 && (
          <Form.Item name="overrideWarnings" valuePropName="checked" extra={warnings.map((c) => `${c.rightNumber ?? ''} ${c.reason}`).join('；')}>
            <Checkbox>{t('finance.pledges.insist')}</Checkbox>
          </Form.Item>
        )}
        <Alert type="info" showIcon title={t('finance.pledges.submitHint', { days: pledge.timeLimit.workingDays })} />
      </>
    );
  }
  const date = { register: 'finance.pledges.registeredOn', refuse: 'finance.pledges.refusedOn', change: 'finance.pledges.changedOn', release: 'finance.pledges.releasedOn' }[step];
  return (
    <>
      {step === 'register' && (
        <Form.Item name="registrationNo" label={t('finance.pledges.registrationNo')} rules={[zodRule(PledgeRegisterSchema.shape.registrationNo)]}>
          <Input />
        </Form.Item>
      )}
      {step === 'refuse' && (
        <Form.Item name="ground" label={t('finance.pledges.refusal')} rules={[zodRule(PledgeRefuseSchema.shape.ground)]}>
          <Select options={REFUSAL_GROUNDS.map((g) => ({ value: g.n, label: `${g.n}. ${locale === 'en' ? g.en : g.zh}` }))} />
        </Form.Item>
      )}
      <Form.Item name="on" label={t(date)} rules={[required, dateRule()]}>
        <DateInput />
      </Form.Item>
      {step === 'change' && (
        <>
          <Form.Item name="securedAmount" label={t('finance.pledges.newAmount')} rules={[moneyRule()]}>
            <MoneyInput />
          </Form.Item>
          <Form.Item name="debtEnd" label={t('finance.pledges.newDebtEnd')} rules={[dateRule()]}>
            <DateInput />
          </Form.Item>
        </>
      )}
      {step !== 'register' && (
        <Form.Item name="note" label={t(step === 'change' ? 'finance.pledges.changeNote' : 'finance.loan.note')} rules={[zodRule(step === 'change' ? PledgeChangeSchema.shape.note : PledgeReleaseSchema.shape.note)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {step !== 'refuse' && (
        <Form.Item name="fileId" label={t(step === 'register' ? 'finance.pledges.noticeFile' : 'finance.pledges.stepFile')}>
          <FileField />
        </Form.Item>
      )}
    </>
  );
}

/** The registration's next steps for the caller: submit after the pre-checks, register or refuse, change, release. */
export function PledgeSteps({ pledge, onDone }: { pledge: Pledge; onDone: (p: Pledge) => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState<Step | null>(null);
  const [form] = Form.useForm<StepValues>();
  const { saving, submit } = useFormSave(form, (v) => send(pledge, step ?? 'submit', v), (p) => {
    onDone(p);
    setStep(null);
  });
  const steps = stepsOf(pledge);
  if (steps.length === 0) return null;
  return (
    <>
      <Space wrap>
        {steps.map((s, i) => (
          <Button key={s} type={i === 0 ? 'primary' : 'default'} danger={s === 'refuse'} onClick={() => { form.resetFields(); setStep(s); }}>
            {t(`finance.pledges.step.${s}`)}
          </Button>
        ))}
      </Space>
      <FormDrawer open={step !== null} onClose={() => setStep(null)} title={step ? t(`finance.pledges.step.${step}`) : ''} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">
          {step && <StepFields step={step} pledge={pledge} />}
        </Form>
      </FormDrawer>
    </>
  );
}
