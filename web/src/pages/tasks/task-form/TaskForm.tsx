import { AutoComplete, Col, Form, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { INDICATORS } from '../../../../../common/indicators';
import { type Task, TaskCreateSchema } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { OrgPicker } from '../../../components/OrgPicker';
import { UnitsPicker } from '../../conference/shared';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

const shape = TaskCreateSchema.shape;

interface Values {
  title: string;
  description?: string;
  expectedOutcome?: string;
  leadOrgId?: string | null;
  supportOrgIds?: string[];
  deadline?: Dayjs | null;
  weight?: number;
  indicator?: string;
  indicatorUnit?: string;
  targetValue?: number | null;
}

/** Adds a key task under a parent (or edits one); the target indicator is picked from the catalogue or typed in. */
export function TaskForm(props: { open: boolean; workPlanId: string; parent: { id: string; path: string } | null; task: Task | null; onClose: () => void; onSaved: (t: Task) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const x = props.task;
    if (x) {
      form.setFieldsValue({
        title: x.title,
        description: x.description ?? undefined,
        expectedOutcome: x.expectedOutcome ?? undefined,
        leadOrgId: x.leadOrgId,
        supportOrgIds: x.supportOrgs.map((o) => o.id),
        deadline: x.deadline ? dayjs(x.deadline) : null,
        weight: x.weight,
        indicator: x.indicatorName ?? undefined,
        indicatorUnit: x.indicatorUnit ?? undefined,
        targetValue: x.targetValue,
      });
    } else form.setFieldsValue({ weight: 1, supportOrgIds: [] });
  }, [props.open, props.task, form]);

  const { saving, submit } = useFormSave(
    form,
    async (v) => {
      const known = INDICATORS.find((i) => i.name === v.indicator);
      const body = {
        title: v.title,
        description: v.description ?? null,
        expectedOutcome: v.expectedOutcome ?? null,
        leadOrgId: v.leadOrgId ?? null,
        supportOrgIds: v.supportOrgIds ?? [],
        deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : null,
        weight: v.weight ?? 1,
        indicatorId: known?.id ?? null,
        indicatorName: v.indicator || null,
        indicatorUnit: v.indicatorUnit || known?.unit || null,
        targetValue: v.targetValue ?? null,
      };
      return props.task
        ? api.patch('/tasks/{id}', { params: { path: { id: props.task.id } }, body })
        : api.post('/tasks', { body: { ...body, workPlanId: props.workPlanId, parentId: props.parent?.id ?? null } });
    },
    props.onSaved,
  );

  return (
    <FormDrawer open={props.open} onClose={props.onClose} title={props.task ? t('task.edit') : props.parent ? t('task.addChild', { path: props.parent.path }) : t('task.add')} size={620} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={t('task.title')} required rules={[zodRule(shape.title)]}>
          <Input.TextArea rows={2} count={{ max: 500 }} />
        </Form.Item>
        <Form.Item name="description" label={t('task.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="expectedOutcome" label={t('task.expectedOutcome')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="leadOrgId" label={t('task.lead')} rules={[zodRule(shape.leadOrgId)]}>
          <OrgPicker allowClear />
        </Form.Item>
        <Form.Item name="supportOrgIds" label={t('task.supports')}>
          <UnitsPicker />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item rules={[dateRule()]} name="deadline" label={t('task.deadline')}>
              <DateInput style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="weight" label={t('task.weight')} extra={t('task.weightHint')} rules={[zodRule(shape.weight)]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="indicator" label={t('task.indicator')} extra={t('task.indicatorHint')}>
              <AutoComplete allowClear options={INDICATORS.map((i) => ({ value: i.name }))} filterOption={(input, o) => !!o?.value.includes(input)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="indicatorUnit" label={t('task.indicatorUnit')}>
              <Input count={{ max: 20 }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="targetValue" label={t('task.target')}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
