import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { type RegistrationCreateInput, RegistrationCreateSchema, RegistrationKindLabels, REGISTRATION_KINDS, VerifyChannelLabels, VERIFY_CHANNELS, type RegistrationReceipt } from '../../../../../common/services';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';

const shape = RegistrationCreateSchema.shape;

/** The public self-registration: an enterprise with its credit code, or an individual, verified by mobile or e-mail. */
export default function RegisterPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegistrationCreateInput>();
  const [kind, setKind] = useState<RegistrationCreateInput['kind']>('enterprise');
  const [demoCode, setDemoCode] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<RegistrationReceipt | null>(null);
  const [saving, setSaving] = useState(false);
  const { data: districts } = useQuery({ queryKey: ['regions', 'children', '440300'], queryFn: () => api.get('/org/regions', { params: { query: { parent: '440300' } } }) });
  const fail = (err: unknown) => {
    const text = applyApiError(form, err);
    if (text) void message.error(text);
  };
  const sendCode = () =>
    void form.validateFields(['channel', 'target']).then(
      (v: Pick<RegistrationCreateInput, 'channel' | 'target'>) => api.post('/services/public/verification-codes', { body: { channel: v.channel, target: v.target } }).then((sent) => setDemoCode(sent.demoCode), fail),
      () => undefined,
    );
  const submit = (v: RegistrationCreateInput) => {
    setSaving(true);
    void api.post('/services/public/registrations', { body: { ...v, kind } }).then(setReceipt, fail).finally(() => setSaving(false));
  };
  if (receipt) {
    return (
      <div className="page">
        <Result status={receipt.status === 'approved' ? 'success' : 'info'} title={receipt.message} extra={<Link to="/login"><Button type="primary">{t('services.register.signIn')}</Button></Link>} />
      </div>
    );
  }
  return (
    <div className="page" style={{ maxWidth: 640, margin: '0 auto' }}>
      <Typography.Title level={3}>{t('services.register.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('services.register.intro')}</Typography.Paragraph>
      <Card>
        <Form form={form} layout="vertical" initialValues={{ kind: 'enterprise', channel: 'mobile', regionCode: '440310' }} onFinish={submit}>
          <Form.Item name="kind" label={t('services.register.kind')}>
            <Radio.Group optionType="button" onChange={(e) => setKind(e.target.value as RegistrationCreateInput['kind'])} options={REGISTRATION_KINDS.map((k) => ({ value: k, label: label(RegistrationKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item name="name" label={t(kind === 'enterprise' ? 'services.register.enterpriseName' : 'services.register.personName')} rules={[zodRule(shape.name)]}><Input maxLength={100} /></Form.Item>
          {kind === 'enterprise' && <Form.Item name="creditCode" label={t('services.reg.creditCode')} rules={[{ required: true, message: t('services.reg.creditCode') }]}><Input maxLength={18} style={{ textTransform: 'uppercase' }} /></Form.Item>}
          <Form.Item name="regionCode" label={t('services.register.region')}><Select options={(districts ?? []).map((d) => ({ value: d.code, label: d.name }))} /></Form.Item>
          <Form.Item name="contactName" label={t('services.reg.contact')} rules={[zodRule(shape.contactName)]}><Input maxLength={50} /></Form.Item>
          <Form.Item name="channel" label={t('services.register.channel')}><Radio.Group options={VERIFY_CHANNELS.map((c) => ({ value: c, label: label(VerifyChannelLabels[c]) }))} /></Form.Item>
          <Form.Item label={t('services.register.target')} required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="target" noStyle rules={[{ required: true, message: t('services.register.target') }]}><Input aria-label={t('services.register.target')} /></Form.Item>
              <Button onClick={sendCode}>{t('services.register.sendCode')}</Button>
            </Space.Compact>
          </Form.Item>
          {demoCode && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('services.register.demoCode', { code: demoCode })} />}
          <Form.Item name="verificationCode" label={t('services.register.code')} rules={[zodRule(shape.verificationCode)]}><Input maxLength={6} inputMode="numeric" style={{ width: 160 }} /></Form.Item>
          <Form.Item name="username" label={t('services.register.username')} rules={[zodRule(shape.username)]}><Input maxLength={32} autoComplete="username" /></Form.Item>
          <Form.Item name="password" label={t('services.register.password')} rules={[zodRule(shape.password)]}><Input.Password autoComplete="new-password" /></Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={saving}>{t('services.register.submit')}</Button>
        </Form>
      </Card>
    </div>
  );
}
