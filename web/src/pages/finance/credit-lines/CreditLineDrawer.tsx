import { Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { type CreditLine, type CreditLineUpdate, CreditLineUpdateSchema, CREDIT_STATUSES, CreditStatusLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { dateValue, fenToYuanText, required, ymd, ymdOrNull } from '../form-values';

type CreditFormValues = Pick<CreditLineUpdate, 'status' | 'note'> & { amount?: string; grantedOn?: Dayjs | null; expiresOn?: Dayjs | null };

/** Whom the credit line is for: a line the bank already has, or a whitelisted enterprise it marks first. */
export type CreditTarget = { line: CreditLine } | { applicationId: string; enterpriseName: string };

/** The bank records the credit line (授信) it granted a whitelisted enterprise, with amount and dates, or declines. */
export function CreditLineDrawer({ target, onClose, onSaved }: { target: CreditTarget | null; onClose: () => void; onSaved: (c: CreditLine) => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<CreditFormValues>();
  const status = Form.useWatch('status', form);
  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const id = target && 'line' in target ? target.line.id : (await api.post('/finance/whitelist-applications/{id}/interest', { params: { path: { id: target?.applicationId ?? '' } } })).id;
      const granted = v.status === 'granted';
      return api.patch('/finance/credit-lines/{id}', { params: { path: { id } }, body: { status: v.status, amountFen: granted ? yuanToFen(v.amount) : null, grantedOn: granted ? ymdOrNull(v.grantedOn) : null, expiresOn: granted ? ymdOrNull(v.expiresOn) : null, note: v.note ?? null } });
    },
    (c) => {
      onSaved(c);
      onClose();
    },
  );
  const line = target && 'line' in target ? target.line : null;
  const initial: Partial<CreditFormValues> = line
    ? { status: line.status === 'interested' ? 'granted' : line.status, amount: fenToYuanText(line.amountFen), grantedOn: dateValue(line.grantedOn), expiresOn: dateValue(line.expiresOn), note: line.note }
    : { status: 'granted' };
  const name = line ? line.enterpriseName : target && 'enterpriseName' in target ? target.enterpriseName : '';
  return (
    <FormDrawer open={target !== null} onClose={onClose} title={`${t('finance.credit.record')} · ${name}`} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={initial}>
        <Form.Item name="status" label={t('finance.credit.status')} rules={[required]}>
          <Radio.Group options={CREDIT_STATUSES.map((s) => ({ value: s, label: label(CreditStatusLabels[s]) }))} />
        </Form.Item>
        {status === 'granted' && (
          <>
            <Form.Item name="amount" label={t('finance.credit.amount')} rules={[moneyRule(true)]}>
              <MoneyInput />
            </Form.Item>
            <Form.Item name="grantedOn" label={t('finance.credit.grantedOn')} rules={[required, dateRule()]}>
              <DateInput />
            </Form.Item>
            <Form.Item
              name="expiresOn"
              label={t('finance.credit.expiresOn')}
              dependencies={['grantedOn']}
              rules={[
                dateRule(),
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | null | undefined) => {
                    const from = getFieldValue('grantedOn') as Dayjs | null | undefined;
                    if (v?.isValid() && from?.isValid() && ymd(v) <= ymd(from)) throw new Error('到期日应晚于授信日期');
                  },
                }),
              ]}
            >
              <DateInput />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('finance.loan.note')} rules={[zodRule(CreditLineUpdateSchema.shape.note)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
