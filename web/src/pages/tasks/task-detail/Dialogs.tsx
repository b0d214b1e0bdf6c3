import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, type FormInstance, Input, InputNumber, Modal, Upload } from 'antd';
import { type ReactNode, useEffect, useEffectEvent, useState } from 'react';
import type { StoredFile } from './types';
import { type ProgressReportCreate, ProgressReportCreateSchema } from '../../../../../common/tasks-progress';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule, validValues } from '../../../components/forms';

/**
 * A modal holding a small form: sends the values, shows server field errors under their fields and
 * anything else as a message, and closes on success.
 */
export function FormModal<V extends object>(props: { open: boolean; title: string; okText?: string; initialValues?: Partial<V>; onClose: () => void; onSubmit: (values: V) => Promise<unknown>; onDone?: () => void; children: (form: FormInstance<V>) => ReactNode; width?: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  // The form is filled when the modal opens, not whenever the parent renders a new initialValues object (which would wipe what was typed).
  const fill = useEffectEvent(() => {
    form.resetFields();
    if (props.initialValues) form.setFieldsValue(props.initialValues);
  });
  useEffect(() => {
    if (props.open) fill();
  }, [props.open]);
  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    setBusy(true);
    try {
      await props.onSubmit(values);
      void message.success(t('common.saved'));
      props.onClose();
      props.onDone?.();
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={props.open} title={props.title} okText={props.okText} onCancel={props.onClose} onOk={() => void submit()} confirmLoading={busy} width={props.width ?? 560} destroyOnHidden>
      <Form form={form} name="dialog" layout="vertical">
        {props.children(form)}
      </Form>
    </Modal>
  );
}

type ReportValues = Pick<ProgressReportCreate, 'percent' | 'narrative' | 'actualValue'>;

/** Reports progress on a task: percent, what was done, and evidence files uploaded first. */
export function ReportModal(props: { open: boolean; taskId: string; current: number; hasTarget: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<StoredFile[]>([]);
  const shape = ProgressReportCreateSchema.shape;
  return (
    <FormModal<ReportValues>
      open={props.open}
      title={t('report.title')}
      okText={t('report.submit')}
      initialValues={{ percent: props.current }}
      onClose={() => {
        setFiles([]);
        props.onClose();
      }}
      onDone={props.onDone}
      onSubmit={(v) => api.post('/tasks/{id}/reports', { params: { path: { id: props.taskId } }, body: { percent: v.percent, narrative: v.narrative, actualValue: v.actualValue ?? null, fileIds: files.map((f) => f.id) } })}
    >
      {() => (
        <>
          <Form.Item name="percent" label={t('report.percent')} rules={[zodRule(shape.percent)]}>
            <InputNumber min={0} suffix="%" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="narrative" label={t('report.narrative')} rules={[zodRule(shape.narrative)]}>
            <Input.TextArea rows={4} count={{ show: true, max: 2000 }} />
          </Form.Item>
          {props.hasTarget && (
            <Form.Item name="actualValue" label={t('report.actual')}>
              <InputNumber min={0} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item name="fileIds" label={t('report.evidence')} extra={t('report.evidenceHint')}>
            <Upload
              multiple
              fileList={files.map((f) => ({ uid: f.id, name: f.name, status: 'done' as const }))}
              onRemove={(file) => setFiles((x) => x.filter((f) => f.id !== file.uid))}
              beforeUpload={(file) => {
                api
                  .upload('/platform/files', file)
                  .then((stored) => setFiles((x) => [...x, stored]))
                  .catch((e: Error) => void message.error(e.message));
                return false;
              }}
            >
              <Button icon={<UploadOutlined />}>{t('report.upload')}</Button>
            </Upload>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
