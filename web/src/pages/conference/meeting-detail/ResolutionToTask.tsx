import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { Meeting } from '../../../../../common/conference';
import type { Resolution } from '../../../../../common/conference-records';
import type { DeadlineUnit, Task } from '../../../../../common/tasks';
import { api } from '../../../app/api-client';
import { formatDate, platformYear } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { applyApiError, validValues } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { UnitsPicker } from '../shared';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

interface Values {
  workPlanId: string;
  title: string;
  leadOrgId?: string | null;
  supportOrgIds?: string[];
  deadlineBy: 'date' | 'rule';
  deadline?: Dayjs;
  // Set when the form opens and required while counting days, so both are there whenever the rule is sent.
  length: number;
  unit: DeadlineUnit;
  weight: number;
}

/** Turns a resolution into a key task of a work plan in one step; the deadline is a date or N days from the meeting. */
export function ResolutionToTask(props: { meeting: Meeting; resolution: Resolution | null; onClose: () => void; onDone: (task: Task) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const r = props.resolution;
  // A resolution due in 2027 belongs in the 2027 work plan, whatever year the meeting was held.
  const year = r?.dueDate ? Number(r.dueDate.slice(0, 4)) : platformYear(props.meeting.startsAt);
  const { data: plans } = useQuery({ queryKey: ['work-plans', 'pick', year], queryFn: () => api.get('/tasks/work-plans', { params: { query: { pageSize: 100, sort: 'year', order: 'desc' } } }), enabled: !!props.resolution });
  const by = Form.useWatch('deadlineBy', form);
  const planOfYear = plans?.items.some((p) => p.year === year) ?? true;

  useEffect(() => {
    if (!r) return;
    form.resetFields();
    // The meeting already set a deadline for the resolution: the task keeps it unless the user changes it.
    form.setFieldsValue({ title: r.text, leadOrgId: r.leadOrgId, deadlineBy: r.dueDate ? 'date' : 'rule', deadline: r.dueDate ? dayjs(r.dueDate) : undefined, length: 30, unit: 'workingDays', weight: 1, supportOrgIds: [] });
  }, [r, form]);
  // The work plans may arrive after the user has started filling in the form: they only propose a plan, and leave the rest alone.
  useEffect(() => {
    if (!r || !plans || form.getFieldValue('workPlanId')) return;
    const plan = plans.items.find((p) => p.year === year) ?? plans.items[0];
    if (plan) form.setFieldsValue({ workPlanId: plan.id });
  }, [r, plans, year, form]);

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    try {
      const meetingDay = formatDate(props.meeting.startsAt);
      const task = await api.post('/tasks/from-resolution', {
        body: {
          resolutionId: r!.id,
          workPlanId: v.workPlanId,
          title: v.title,
          leadOrgId: v.leadOrgId ?? null,
          supportOrgIds: v.supportOrgIds ?? [],
          weight: v.weight,
          ...(v.deadlineBy === 'date' ? { deadline: v.deadline?.format('YYYY-MM-DD') ?? null } : { deadlineRule: { from: meetingDay, length: v.length, unit: v.unit } }),
        },
      });
      void message.success(t('res.convertedMsg', { path: task.path, title: task.title, deadline: task.deadline ?? '—' }));
      props.onDone(task);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={!!r} title={t('res.toTaskTitle', { seq: r?.seq ?? '' })} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={saving} okText={t('res.toTask')} width={640} destroyOnHidden>
      <Form form={form} name="resolution-to-task" layout="vertical">
        <Form.Item name="workPlanId" label={t('res.plan')} required rules={[{ required: true, message: t('res.planRequired') }]} extra={planOfYear ? undefined : t('res.noPlanOfYear', { year })}>
          <Select options={(plans?.items ?? []).map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))} />
        </Form.Item>
        <Form.Item name="title" label={t('task.title')} required rules={[{ required: true, message: t('task.titleRequired') }]}>
          <Input.TextArea rows={2} count={{ max: 500 }} />
        </Form.Item>
        <Form.Item name="leadOrgId" label={t('task.lead')}>
          <OrgPicker allowClear />
        </Form.Item>
        <Form.Item name="supportOrgIds" label={t('task.supports')}>
          <UnitsPicker />
        </Form.Item>
        <Form.Item name="deadlineBy" label={t('task.deadline')}>
          <Radio.Group options={[{ value: 'rule', label: t('res.byDays') }, { value: 'date', label: t('res.byDate') }]} />
        </Form.Item>
        {by === 'date' ? (
          <Form.Item name="deadline" rules={[{ required: true, message: t('res.deadlineRequired') }, dateRule()]} extra={r?.dueDate ? t('res.deadlineFromResolution') : undefined}>
            <DateInput />
          </Form.Item>
        ) : (
          <Space align="baseline">
            {t('res.fromMeeting')}
            <Form.Item name="length" rules={[{ required: true, message: t('res.lengthRequired') }]}>
              <InputNumber min={1} max={3650} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name="unit">
              <Select style={{ width: 120 }} options={[{ value: 'workingDays', label: t('res.workingDays') }, { value: 'calendarDays', label: t('res.calendarDays') }]} />
            </Form.Item>
          </Space>
        )}
        <Form.Item name="weight" label={t('task.weight')}>
          <InputNumber min={0} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
