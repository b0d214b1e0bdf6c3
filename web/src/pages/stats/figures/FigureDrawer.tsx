import { Form, Input, InputNumber, Select } from 'antd';
import { useEffect } from 'react';
import { MEASURES } from '../../../../../common/stats';
import { type Figure, type FigureUpsert, FigureUpsertSchema } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { RegionPicker } from '../../../components/RegionPicker';

const shape = FigureUpsertSchema.shape;

/**
 * Enters or corrects one published figure by hand (a number read off a yearbook or a bulletin).
 * Editing keeps the region, year and measure: another key is another figure.
 */
export function FigureDrawer(props: { open: boolean; figure: Figure | null; onClose: () => void; onSaved: (f: Figure) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<FigureUpsert>();
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.figure) form.setFieldsValue(props.figure);
  }, [props.open, props.figure, form]);

  const { saving, submit } = useFormSave(form, async (values) => api.put('/stats/figures', { body: values }), props.onSaved);
  const x = props.figure;
  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={x ? `${t('stats.figures.edit')} · ${x.regionName} ${x.year}` : t('stats.figures.create')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="regionCode" label={t('stats.region')} required rules={[zodRule(shape.regionCode)]}>
          <RegionPicker disabled={!!x} />
        </Form.Item>
        <Form.Item name="year" label={t('stats.year')} required rules={[zodRule(shape.year)]}>
          <InputNumber min={1985} max={2100} disabled={!!x} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="measure" label={t('stats.figures.measure')} required rules={[zodRule(shape.measure)]}>
          <Select disabled={!!x} showSearch={{ optionFilterProp: 'label' }} options={MEASURES.map((m) => ({ value: m.key, label: m.zh }))} />
        </Form.Item>
        <Form.Item name="value" label={t('stats.value')} required rules={[zodRule(shape.value)]} extra={t('stats.figures.valueHint')}>
          <InputNumber min={0} precision={0} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="source" label={t('stats.figures.source')} required rules={[zodRule(shape.source)]}>
          <Input count={{ max: 200 }} placeholder={t('stats.figures.sourceHint')} />
        </Form.Item>
      </Form>
      {/* HistoryTimeline fills in only an {id}; a figure is keyed by region, year and measure, so its route is given filled in. */}
      {x && <HistoryTimeline path="/stats/figures/{regionCode}/{year}/{measure}/history" pathParams={{ regionCode: x.regionCode, year: x.year, measure: x.measure }} />}
    </FormDrawer>
  );
}
