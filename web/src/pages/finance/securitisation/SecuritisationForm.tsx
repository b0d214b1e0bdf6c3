import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { type Securitisation, type SecuritisationCreate, TRANCHE_CLASSES, TrancheClassLabels, type TrancheClass } from '../../../../../common/finance-securitisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { OrgPicker } from '../../../components/OrgPicker';
import { RegionPicker } from '../../../components/RegionPicker';
import { percentToBp } from '../loan-format';

type TrancheForm = { name: string; trancheClass: TrancheClass; amount: string; coupon?: string; rating?: string };
type ProductForm = Omit<SecuritisationCreate, 'amountFen' | 'tranches' | 'termMonths' | 'enterpriseOrgIds'> & { amount: string; termMonths: string; enterpriseOrgIds: (string | undefined)[]; tranches: TrancheForm[] };

const fenText = (fen: number) => (fen / 100).toFixed(2);

/** The form values of a product, for editing. */
function initialOf(p: Securitisation | undefined, regionCode: string): Partial<ProductForm> {
  if (!p) return { regionCode, enterpriseOrgIds: [], tranches: [{ name: '优先A级', trancheClass: 'senior', amount: '' }, { name: '次级', trancheClass: 'subordinate', amount: '' }] };
  return {
    regionCode: p.regionCode,
    name: p.name,
    issuer: p.issuer,
    amount: fenText(p.amountFen),
    issueDate: p.issueDate,
    termMonths: String(p.termMonths),
    underlying: p.underlying,
    enterpriseOrgIds: p.enterprises.map((e) => e.id),
    tranches: p.tranches.map((t) => ({ name: t.name, trancheClass: t.trancheClass, amount: fenText(t.amountFen), coupon: t.couponBp === null ? undefined : (t.couponBp / 100).toFixed(2), rating: t.rating ?? undefined })),
    note: p.note,
  };
}

/** The office's form for a securitisation product: amounts in yuan and coupons in percent, sent as fen and basis points. */
export function SecuritisationForm({ open, product, onClose, onSaved }: { open: boolean; product?: Securitisation; onClose: () => void; onSaved?: (p: Securitisation) => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProductForm>();
  const { saving, submit } = useFormSave(
    form,
    (v) => {
      const body = {
        regionCode: v.regionCode,
        name: v.name,
        issuer: v.issuer,
        amountFen: yuanToFen(v.amount),
        issueDate: v.issueDate,
        termMonths: Number(v.termMonths),
        underlying: v.underlying,
        enterpriseOrgIds: v.enterpriseOrgIds.filter((x): x is string => !!x),
        tranches: v.tranches.map((x) => ({ name: x.name, trancheClass: x.trancheClass, amountFen: yuanToFen(x.amount), couponBp: x.coupon ? percentToBp(x.coupon) : null, rating: x.rating || null })),
        note: v.note || null,
      };
      return product ? api.patch('/finance/securitisations/{id}', { params: { path: { id: product.id } }, body }) : api.post('/finance/securitisations', { body });
    },
    (saved) => {
      onClose();
      if (onSaved) onSaved(saved);
      else void navigate(`/finance/securitisations/${saved.id}`);
    },
  );
  const pct = { validator: async (_: unknown, v: unknown) => { if (v && Number.isNaN(percentToBp(v))) throw new Error(t('finance.sec.coupon')); } };
  return (
    <FormDrawer open={open} onClose={onClose} title={product ? `${t('finance.sec.edit')} · ${product.name}` : t('finance.sec.new')} saving={saving} onSave={() => void submit()} size={720}>
      <Form form={form} layout="vertical" initialValues={initialOf(product, me?.org.regionCode.slice(0, 4).padEnd(6, '0') ?? '440300')}>
        <Form.Item name="name" label={t('finance.sec.name')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Form.Item name="issuer" label={t('finance.sec.issuer')} rules={[{ required: true }]}><Input maxLength={200} /></Form.Item>
        <Space wrap align="start">
          <Form.Item name="regionCode" label={t('finance.sec.region')} rules={[{ required: true }]}><RegionPicker style={{ width: 220 }} /></Form.Item>
          <Form.Item name="amount" label={t('finance.sec.amount')} rules={[moneyRule(true)]}><MoneyInput style={{ width: 180 }} /></Form.Item>
          <Form.Item name="issueDate" label={t('finance.sec.issueDate')} rules={[{ required: true }]}><DateInput /></Form.Item>
          <Form.Item name="termMonths" label={t('finance.sec.term')} rules={[{ required: true }]}><Input inputMode="numeric" style={{ width: 110 }} /></Form.Item>
        </Space>
        <Form.Item name="underlying" label={t('finance.sec.underlying')} rules={[{ required: true }]}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
        <Typography.Text strong>{t('finance.sec.tranches')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('finance.sec.trancheHint')}</Typography.Paragraph>
        <Form.List name="tranches">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t('finance.sec.trancheName')} style={{ width: 120 }} /></Form.Item>
                  <Form.Item name={[f.name, 'trancheClass']} rules={[{ required: true }]}><Select placeholder={t('finance.sec.trancheClass')} style={{ width: 110 }} options={TRANCHE_CLASSES.map((c) => ({ value: c, label: label(TrancheClassLabels[c]) }))} /></Form.Item>
                  <Form.Item name={[f.name, 'amount']} rules={[moneyRule(true)]}><MoneyInput placeholder={t('finance.sec.trancheAmount')} style={{ width: 150 }} /></Form.Item>
                  <Form.Item name={[f.name, 'coupon']} rules={[pct]}><Input inputMode="decimal" placeholder={t('finance.sec.coupon')} style={{ width: 110 }} /></Form.Item>
                  <Form.Item name={[f.name, 'rating']}><Input placeholder={t('finance.sec.rating')} style={{ width: 80 }} maxLength={20} /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Form.Item><Button icon={<PlusOutlined />} onClick={() => add({ trancheClass: 'senior' })}>{t('finance.sec.addTranche')}</Button></Form.Item>
            </>
          )}
        </Form.List>
        <Typography.Text strong>{t('finance.sec.enterprises')}</Typography.Text>
        <Form.List name="enterpriseOrgIds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start">
                  <Form.Item name={f.name} rules={[{ required: true }]}><OrgPicker kinds={['enterprise']} style={{ width: 420 }} /></Form.Item>
                  <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Form.Item><Button icon={<PlusOutlined />} onClick={() => add()}>{t('finance.sec.addEnterprise')}</Button></Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('finance.sec.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}
