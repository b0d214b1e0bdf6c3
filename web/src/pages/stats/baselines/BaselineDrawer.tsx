import { Form, Input, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import type { Baseline, BaselineUpsert } from '../../../../../common/stats-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { RegionPicker } from '../../../components/RegionPicker';

/** Creates or edits the baseline of a region and year; each value needs its source; server errors land under their fields. */
export function BaselineDrawer(props: { open: boolean; baseline: Baseline | null; onClose: () => void; onSaved: (b: Baseline) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<BaselineUpsert>();
  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    if (props.baseline) form.setFieldsValue(props.baseline);
  }, [props.open, props.baseline, form]);

  const { saving, submit } = useFormSave(
    form,
    async (values) => {
      // A cleared field is undefined (or an empty text) in the form and null on the server: the value is removed.
      const body = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === undefined || v === '' ? null : v])) as BaselineUpsert;
      return api.put('/stats/baselines', { body });
    },
    props.onSaved,
  );
  const b = props.baseline;
  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={b ? `${t('stats.baselines.edit')} · ${b.regionName} ${b.year}` : t('stats.baselines.create')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="regionCode" label={t('stats.region')} rules={[{ required: true, message: t('common.chooseField', { field: t('stats.region') }) }]}>
          <RegionPicker />
        </Form.Item>
        <Form.Item name="year" label={t('stats.year')} rules={[{ required: true }]}>
          <InputNumber min={1985} max={2100} style={{ width: 160 }} />
        </Form.Item>
        {(['population', 'gdp', 'area'] as const).map((k) => (
          <Space key={k} align="start" style={{ width: '100%' }}>
            <Form.Item name={k} label={t(`stats.baselines.${k}`)}>
              <InputNumber min={0} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item name={`${k}Source`} label={t(`stats.baselines.${k}Source`)} style={{ width: 280 }}>
              <Input count={{ max: 200 }} />
            </Form.Item>
          </Space>
        ))}
      </Form>
      {/* HistoryTimeline fills in only an {id}; a baseline is keyed by region and year, so its route is given filled in. */}
      {b && <HistoryTimeline path="/stats/baselines/{regionCode}/{year}/history" pathParams={{ regionCode: b.regionCode, year: b.year }} />}
    </FormDrawer>
  );
}
