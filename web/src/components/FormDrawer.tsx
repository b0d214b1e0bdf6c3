import { App, Button, Drawer, type FormInstance, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../app/i18n';
import { applyApiError } from './forms';

/**
 * Validates a form, saves it and tells the user how it went: "saved", or the server's field errors
 * under their fields and anything else as a message. A form that fails its own checks is not sent.
 */
export function useFormSave<V, R>(form: FormInstance<V>, save: (values: V) => Promise<R>, onSaved: (saved: R) => void): { saving: boolean; submit: () => Promise<void> } {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd already shows the errors under the fields
    }
    setSaving(true);
    try {
      const saved = await save(values);
      void message.success(t('common.saved'));
      onSaved(saved);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return { saving, submit };
}

/** A drawer around a form, with cancel and save at its top right. */
export function FormDrawer(props: { open: boolean; onClose: () => void; title: ReactNode; size?: number; saving: boolean; onSave: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 520}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={props.saving} onClick={props.onSave}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {props.children}
    </Drawer>
  );
}
