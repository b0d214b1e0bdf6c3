import { App, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { TaskSummary, WorkPlan } from '../../../../../common/tasks';
import type { TaskBookCreate } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, validValues } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';

type Values = Omit<TaskBookCreate, 'workPlanId'>;

/** Issues a task book to a unit or a district, with the tasks it answers for. */
export function IssueBookModal(props: { open: boolean; plan: WorkPlan; tasks: TaskSummary[]; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const receiver = Form.useWatch('receiverOrgId', form);

  useEffect(() => {
    if (props.open) form.setFieldsValue({ title: `${props.plan.year}年任务书`, receiverKind: 'unit', taskIds: [] });
  }, [props.open, props.plan, form]);
  useEffect(() => {
    if (receiver) form.setFieldValue('taskIds', props.tasks.filter((x) => !x.hasChildren && (x.leadOrgId === receiver || x.supportOrgs.some((o) => o.id === receiver))).map((x) => x.id));
  }, [receiver, props.tasks, form]);

  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    try {
      const book = await api.post('/tasks/task-books', { body: { ...v, workPlanId: props.plan.id, note: v.note ?? null } });
      void message.success(t('book.issued'));
      props.onClose();
      void navigate(`/task-books/${book.id}`);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={props.open} title={t('book.issue')} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={saving} width={680} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="title" label={t('book.title')} rules={[{ required: true, message: t('book.titleRequired') }]}>
          <Input count={{ max: 200 }} />
        </Form.Item>
        <Form.Item name="receiverKind" label={t('book.receiverKind')}>
          <Radio.Group options={[{ value: 'unit', label: t('book.unit') }, { value: 'district', label: t('book.district') }]} />
        </Form.Item>
        <Form.Item name="receiverOrgId" label={t('book.receiver')} rules={[{ required: true, message: t('book.receiverRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="taskIds" label={t('book.tasks')} rules={[{ required: true, message: t('book.tasksRequired') }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={props.tasks.filter((x) => !x.hasChildren).map((x) => ({ value: x.id, label: `${x.path} ${x.title}` }))} />
        </Form.Item>
        <Form.Item name="note" label={t('book.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
