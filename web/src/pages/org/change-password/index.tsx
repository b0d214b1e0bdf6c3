import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ChangePasswordSchema } from '../../../../../common/user';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';

/** Change my password (required at first sign-in after an admin set it). */
export default function ChangePasswordPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirm: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    setSaving(true);
    try {
      await api.post('/org/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
      void message.success(t('password.changed'));
      await qc.invalidateQueries({ queryKey: ['me'] });
      void navigate('/');
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <PageContainer title={t('account.changePassword')}>
      {me?.mustChangePassword && <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" style={{ maxWidth: 420 }} onFinish={() => void submit()}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[zodRule(ChangePasswordSchema.shape.currentPassword)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} rules={[zodRule(ChangePasswordSchema.shape.newPassword)]} extra={t('users.passwordPolicy')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[({ getFieldValue }) => ({ validator: async (_, v) => { if (v !== getFieldValue('newPassword')) throw new Error(t('password.mismatch')); } })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </PageContainer>
  );
}
