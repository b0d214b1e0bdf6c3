import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { type Batch, type BatchCreate, BatchCreateSchema, CRITERION_KEYS, type Criterion, CriterionLabels } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { RegionPicker } from '../../../components/RegionPicker';
import { required, ymd } from '../form-values';

type BatchFormValues = Omit<BatchCreate, 'validFrom' | 'validTo'> & { validFrom: Dayjs; validTo: Dayjs };

const shape = BatchCreateSchema.shape;

/** A starting set of criteria the office adjusts: the usual whitelist conditions (domain.md §3.2). */
const STARTER: Criterion[] = [
  { key: 'highTech', required: false, points: 30, threshold: null, regionCode: null },
  { key: 'inventionPatents', required: true, points: 30, threshold: 2, regionCode: null },
  { key: 'highValuePatents', required: false, points: 20, threshold: 1, regionCode: null },
  { key: 'noDishonesty', required: true, points: 20, threshold: null, regionCode: null },
];

/** One entry criterion: what it asks, its threshold or region, whether it is required, its points. */
function CriterionRow({ name, remove }: { name: number; remove: () => void }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance<BatchFormValues>();
  const key = Form.useWatch(['criteria', name, 'key'], form);
  return (
    <Card size="small" style={{ marginBottom: 8 }}>
      <Space wrap align="start">
        <Form.Item name={[name, 'key']} rules={[required]} style={{ width: 200, marginBottom: 8 }}>
          <Select aria-label={t('finance.batch.criterion')} options={CRITERION_KEYS.map((k) => ({ value: k, label: label(CriterionLabels[k]) }))} />
        </Form.Item>
        {(key === 'inventionPatents' || key === 'highValuePatents') && (
          <Form.Item name={[name, 'threshold']} rules={[{ required: true, message: '请填写数量要求' }]} style={{ marginBottom: 8 }}>
            <InputNumber min={1} max={10_000} precision={0} addonBefore={t('finance.batch.atLeast')} style={{ width: 150 }} />
          </Form.Item>
        )}
        {key === 'region' && (
          <Form.Item name={[name, 'regionCode']} rules={[{ required: true, message: '请选择区域' }]} style={{ marginBottom: 8 }}>
            <RegionPicker />
          </Form.Item>
        )}
        <Form.Item name={[name, 'points']} rules={[{ required: true, message: '请填写分值' }]} style={{ marginBottom: 8 }}>
          <InputNumber min={0} max={100} precision={0} addonAfter={t('finance.batch.points')} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name={[name, 'required']} valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('finance.batch.mustMeet')}</Checkbox>
        </Form.Item>
        <Button type="text" danger icon={<DeleteOutlined />} onClick={remove} aria-label={t('finance.form.remove')} />
      </Space>
    </Card>
  );
}

/** The office opens a whitelist batch: its region, criteria as data, the pass score and the validity period. */
export function BatchDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (b: Batch) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [form] = Form.useForm<BatchFormValues>();
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/finance/whitelists', { body: { ...v, criteria: v.criteria.map((c) => ({ ...c, threshold: c.threshold ?? null, regionCode: c.regionCode ?? null, required: !!c.required })), validFrom: ymd(v.validFrom), validTo: ymd(v.validTo) } }),
    (b) => {
      onSaved(b);
      onClose();
    },
  );
  return (
    <FormDrawer open={open} onClose={onClose} title={t('finance.batch.new')} size={720} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ regionCode: me?.org.regionCode, criteria: STARTER, passScore: 60 }}>
        <Form.Item name="title" label={t('finance.batch.title')} rules={[zodRule(shape.title)]}>
          <Input placeholder={t('finance.batch.titleHint')} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('finance.batch.region')} rules={[zodRule(shape.regionCode)]}>
          <RegionPicker />
        </Form.Item>
        <Form.List name="criteria" rules={[{ validator: async (_r, v: unknown[] | undefined) => { if (!v?.length) throw new Error('请至少设置一项入库条件'); } }]}>
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('finance.batch.criteria')} required extra={t('finance.batch.criteriaHint')}>
              {fields.map((f) => <CriterionRow key={f.key} name={f.name} remove={() => remove(f.name)} />)}
              <Button icon={<PlusOutlined />} onClick={() => add({ key: undefined, points: 10, required: false })}>{t('finance.batch.addCriterion')}</Button>
              <Form.ErrorList errors={errors} />
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="passScore" label={t('finance.batch.passScore')} rules={[zodRule(shape.passScore)]}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Space size="large" wrap>
          <Form.Item name="validFrom" label={t('finance.batch.validFrom')} rules={[required, dateRule()]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="validTo" label={t('finance.batch.validTo')} rules={[required, dateRule()]}>
            <DateInput />
          </Form.Item>
        </Space>
      </Form>
    </FormDrawer>
  );
}
