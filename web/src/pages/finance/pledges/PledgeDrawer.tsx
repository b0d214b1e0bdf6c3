import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Divider, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { IpRightKindLabels, type Pledge, type PledgeCreate, PledgeCreateSchema, PledgeRightInputSchema, type PledgeRightInput } from '../../../../../common/finance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { FileField } from '../FileField';
import { dateValue, fenToYuanText, required, ymd } from '../form-values';
import { PartyPicker } from '../PartyPicker';

/** The pledge form's values: amounts typed in yuan, dates in date boxes. */
export type PledgeFormValues = Omit<PledgeCreate, 'securedAmountFen' | 'valuationFen' | 'debtStart' | 'debtEnd' | 'rights'> & {
  securedAmount: string;
  valuation?: string;
  debtStart: Dayjs;
  debtEnd: Dayjs;
  rights: PledgeRightInput[];
};

const shape = PledgeCreateSchema.shape;
const rightShape = PledgeRightInputSchema.shape;

/** The body the server reads, from what the form holds. */
function bodyOf(v: PledgeFormValues): PledgeCreate {
  return {
    enterpriseOrgId: v.enterpriseOrgId,
    bankOrgId: v.bankOrgId,
    securedAmountFen: yuanToFen(v.securedAmount),
    debtStart: ymd(v.debtStart),
    debtEnd: ymd(v.debtEnd),
    appraiserOrgId: v.appraiserOrgId ?? null,
    valuationFen: v.valuation ? yuanToFen(v.valuation) : null,
    valuationFileId: v.valuationFileId ?? null,
    insurance: v.insurance ?? null,
    guarantee: v.guarantee ?? null,
    timeLimitId: v.timeLimitId,
    rights: v.rights.map((r) => ({ kind: r.kind, number: r.number, coOwners: r.coOwners ?? [] })),
  };
}

/** The form's values for a pledge being edited. */
function valuesOf(p: Pledge): Partial<PledgeFormValues> {
  return {
    bankOrgId: p.bankOrgId,
    securedAmount: fenToYuanText(p.securedAmountFen),
    debtStart: dateValue(p.debtStart),
    debtEnd: dateValue(p.debtEnd),
    appraiserOrgId: p.appraiserOrgId,
    valuation: fenToYuanText(p.valuationFen),
    valuationFileId: p.valuationFileId,
    insurance: p.insurance,
    guarantee: p.guarantee,
    timeLimitId: p.timeLimit.id,
    rights: p.rights.map((r) => ({ kind: r.kind, number: r.number, coOwners: r.coOwners })),
  };
}

/** One right pledged: its kind, number and co-owners with their consent. */
function RightFields({ name, remove }: { name: number; remove?: () => void }) {
  const { t, label } = useI18n();
  return (
    <Card size="small" style={{ marginBottom: 12 }} extra={remove && <Button type="text" danger icon={<DeleteOutlined />} onClick={remove} aria-label={t('finance.form.remove')} />} title={`${t('finance.pledges.right')} ${name + 1}`}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item name={[name, 'kind']} rules={[zodRule(rightShape.kind)]} style={{ width: 140 }}>
          <Select options={(['patent', 'trademark', 'gi'] as const).map((k) => ({ value: k, label: label(IpRightKindLabels[k]) }))} aria-label={t('finance.pledges.kind')} />
        </Form.Item>
        <Form.Item name={[name, 'number']} rules={[zodRule(rightShape.number)]} style={{ flex: 1 }}>
          <Input placeholder={t('finance.pledges.numberHint')} aria-label={t('finance.pledges.number')} />
        </Form.Item>
      </Space.Compact>
      <Form.List name={[name, 'coOwners']}>
        {(owners, { add, remove: removeOwner }) => (
          <>
            {owners.map((o) => (
              <Space key={o.key} align="baseline">
                <Form.Item name={[o.name, 'name']} rules={[{ required: true, message: '请填写共有人名称' }]}>
                  <Input placeholder={t('finance.pledges.coOwner')} style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[o.name, 'consented']} valuePropName="checked" initialValue={false}>
                  <Checkbox>{t('finance.pledges.consented')}</Checkbox>
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} onClick={() => removeOwner(o.name)} aria-label={t('finance.form.remove')} />
              </Space>
            ))}
            <Button size="small" icon={<PlusOutlined />} onClick={() => add({ name: '', consented: false })}>{t('finance.pledges.addCoOwner')}</Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

/**
 * Prepares a pledge registration, or edits one still being prepared: the pledgor (the office names it;
 * an enterprise pledges for itself), the pledgee bank, the rights by number with co-owners and their
 * consent, the secured amount and debt term, the valuation, insurance or guarantee.
 */
export function PledgeDrawer({ open, onClose, pledge, onSaved }: { open: boolean; onClose: () => void; pledge?: Pledge; onSaved: (p: Pledge) => void }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [form] = Form.useForm<PledgeFormValues>();
  const limits = useQuery({ queryKey: ['finance-pledge-time-limits'], queryFn: () => api.get('/finance/pledge-time-limits'), enabled: open, staleTime: 300_000 });
  const { saving, submit } = useFormSave(
    form,
    (v) => {
      const body = bodyOf(v);
      if (!pledge) return api.post('/finance/pledges', { body });
      const { enterpriseOrgId: _e, ...patch } = body;
      return api.patch('/finance/pledges/{id}', { params: { path: { id: pledge.id } }, body: patch });
    },
    (p) => {
      onSaved(p);
      onClose();
    },
  );
  const namesPledgor = !pledge && !hasRole(['enterprise']);
  const initial = pledge ? valuesOf(pledge) : { rights: [{ kind: 'patent' as const, number: '', coOwners: [] }] };
  return (
    <FormDrawer open={open} onClose={onClose} title={t(pledge ? 'finance.pledges.edit' : 'finance.pledges.new')} size={640} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={initial}>
        {namesPledgor && (
          <Form.Item name="enterpriseOrgId" label={t('finance.pledges.pledgor')} rules={[required]}>
            <PartyPicker kind="enterprise" />
          </Form.Item>
        )}
        <Form.Item name="bankOrgId" label={t('finance.pledges.pledgee')} rules={[zodRule(shape.bankOrgId)]}>
          <PartyPicker kind="bank" initial={pledge ? { id: pledge.bankOrgId, name: pledge.bankName, creditCode: null, regionName: '' } : null} />
        </Form.Item>
        <Form.List name="rights">
          {(fields, { add, remove }) => (
            <Form.Item label={t('finance.pledges.rights')} required>
              {fields.map((f) => <RightFields key={f.key} name={f.name} remove={fields.length > 1 ? () => remove(f.name) : undefined} />)}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'patent', number: '', coOwners: [] })}>{t('finance.pledges.addRight')}</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="securedAmount" label={t('finance.pledges.securedAmount')} rules={[moneyRule(true)]}>
          <MoneyInput />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="debtStart" label={t('finance.pledges.debtStart')} rules={[required, dateRule()]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="debtEnd" label={t('finance.pledges.debtEnd')} rules={[required, dateRule()]}>
            <DateInput />
          </Form.Item>
        </Space>
        <Form.Item name="timeLimitId" label={t('finance.pledges.timeLimit')} extra={t('finance.pledges.timeLimitHint')}>
          <Select allowClear options={(limits.data ?? []).map((l) => ({ value: l.id, label: `${l.name}（${l.workingDays}${t('finance.pledges.workingDays')}，${l.source}）` }))} />
        </Form.Item>
        <Divider titlePlacement="start">{t('finance.pledges.valuationSection')}</Divider>
        <Form.Item name="appraiserOrgId" label={t('finance.pledges.appraiser')}>
          <PartyPicker kind="serviceAgency" allowClear initial={pledge?.appraiserOrgId ? { id: pledge.appraiserOrgId, name: pledge.appraiserName ?? '', creditCode: null, regionName: '' } : null} />
        </Form.Item>
        <Form.Item name="valuation" label={t('finance.pledges.valuationYuan')} rules={[moneyRule()]}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="valuationFileId" label={t('finance.pledges.valuationFile')}>
          <FileField />
        </Form.Item>
        <Form.Item name="insurance" label={t('finance.pledges.insurance')} rules={[zodRule(shape.insurance)]}>
          <Input placeholder={t('finance.pledges.insuranceHint')} />
        </Form.Item>
        <Form.Item name="guarantee" label={t('finance.pledges.guarantee')} rules={[zodRule(shape.guarantee)]}>
          <Input placeholder={t('finance.pledges.guaranteeHint')} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
