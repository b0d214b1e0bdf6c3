import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { FIELDS, FieldLabels, type Field } from '../../../../../common/utilisation';
import { DEAL_KINDS, DealKindLabels, LICENCE_KINDS, LicenceKindLabels, PARTY_KINDS, PartyKindLabels, RIGHT_KINDS, RightKindLabels, TransferCreateSchema, type DealKind, type LicenceKind, type PartyKind, type RightKind } from '../../../../../common/utilisation-transfers';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { RegionPicker } from '../../../components/RegionPicker';

interface PartyValues {
  name: string;
  kind: PartyKind;
  regionCode?: string | null;
}
interface Values {
  dealKind: DealKind;
  licenceKind?: LicenceKind;
  rightKind: RightKind;
  rightNo: string;
  industry?: Field;
  from: PartyValues;
  to: PartyValues;
  amountYuan: string;
  contractNo?: string;
  effectiveOn: Dayjs;
  licenceTo?: Dayjs | null;
}

const shape = TransferCreateSchema.shape;
// An open licence is recorded when its holder grants it on the open-licence page, never typed here.
const TYPED_LICENCE_KINDS = LICENCE_KINDS.filter((k) => k !== 'open');

/** One assignment or licence recorded by hand: a contract brought to the office, one at a time. */
export function TransferForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const dealKind = Form.useWatch('dealKind', form);
  const { saving, submit } = useFormSave(
    form,
    (v) =>
      api.post('/utilisation/transfers', {
        body: {
          dealKind: v.dealKind,
          licenceKind: v.dealKind === 'licence' ? (v.licenceKind ?? null) : null,
          rightKind: v.rightKind,
          rightNo: v.rightNo,
          industry: v.industry ?? null,
          from: { name: v.from.name, kind: v.from.kind, regionCode: v.from.regionCode ?? null },
          to: { name: v.to.name, kind: v.to.kind, regionCode: v.to.regionCode ?? null },
          amountFen: yuanToFen(v.amountYuan),
          contractNo: v.contractNo || null,
          effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
          licenceTo: v.dealKind === 'licence' && v.licenceTo ? v.licenceTo.format('YYYY-MM-DD') : null,
        },
      }),
    () => {
      onClose();
      void qc.invalidateQueries({ queryKey: ['utilisation-transfers'] });
    },
  );
  const party = (side: 'from' | 'to') => (
    <Space wrap align="start">
      <Form.Item name={[side, 'name']} label={t(`utilisation.${side}`)} rules={[zodRule(shape[side].shape.name)]} style={{ width: 300 }}>
        <Input count={{ max: 200 }} />
      </Form.Item>
      <Form.Item name={[side, 'kind']} label={t('utilisation.transfers.partyKind')} rules={[{ required: true }]}>
        <Select style={{ width: 120 }} options={PARTY_KINDS.map((k) => ({ value: k, label: label(PartyKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name={[side, 'regionCode']} label={t('utilisation.transfers.region')}>
        <RegionPicker allowClear style={{ width: 220 }} />
      </Form.Item>
    </Space>
  );
  return (
    <FormDrawer open={open} onClose={onClose} title={t('utilisation.transfers.new')} size={720} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ dealKind: 'assignment', rightKind: 'patent', from: { kind: 'enterprise' }, to: { kind: 'enterprise' } }}>
        <Space wrap align="start">
          <Form.Item name="dealKind" label={t('utilisation.dealKind')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={DEAL_KINDS.map((k) => ({ value: k, label: label(DealKindLabels[k]) }))} />
          </Form.Item>
          {dealKind === 'licence' && (
            <Form.Item name="licenceKind" label={t('utilisation.transfers.licenceKind')} rules={[{ required: true }]}>
              <Select style={{ width: 140 }} options={TYPED_LICENCE_KINDS.map((k) => ({ value: k, label: label(LicenceKindLabels[k]) }))} />
            </Form.Item>
          )}
          <Form.Item name="rightKind" label={t('utilisation.rightKind')} rules={[{ required: true }]}>
            <Select style={{ width: 120 }} options={RIGHT_KINDS.map((k) => ({ value: k, label: label(RightKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item name="rightNo" label={t('utilisation.transfers.rightNo')} rules={[zodRule(shape.rightNo)]} extra={t('utilisation.transfers.rightNoHint')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="industry" label={t('utilisation.transfers.industry')}>
            <Select allowClear style={{ width: 200 }} options={FIELDS.map((f) => ({ value: f, label: label(FieldLabels[f]) }))} />
          </Form.Item>
        </Space>
        {party('from')}
        {party('to')}
        <Space wrap align="start">
          <Form.Item name="amountYuan" label={t('utilisation.transfers.amountYuan')} rules={[moneyRule(true)]}>
            <MoneyInput style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="effectiveOn" label={t('utilisation.effectiveOn')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
          {dealKind === 'licence' && (
            <Form.Item name="licenceTo" label={t('utilisation.transfers.licenceTo')} rules={[dateRule()]}>
              <DateInput />
            </Form.Item>
          )}
          <Form.Item name="contractNo" label={t('utilisation.transfers.contractNo')} rules={[zodRule(shape.contractNo)]}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
      </Form>
    </FormDrawer>
  );
}
