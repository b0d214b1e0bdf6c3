import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApplicationCreate, CatalogueItem } from '../../../../../common/utilisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { applyApiError } from '../../../components/forms';
import { CatalogueTable } from './CatalogueTable';

/** The catalogue inside the platform: an enterprise applies to take a licence from here. */
export default function CataloguePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const [target, setTarget] = useState<CatalogueItem | null>(null);
  const [form] = Form.useForm<ApplicationCreate>();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await api.post('/utilisation/applications', { body: { declarationId: target!.id, intendedUse: v.intendedUse } });
      message.success(t('utilisation.apply.done'));
      setTarget(null);
      void navigate('/utilisation/applications');
    } catch (err) {
      const m = applyApiError(form, err);
      if (m) message.error(m);
    }
  };
  return (
    <PageContainer title={t('utilisation.catalogue.title')}>
      <CatalogueTable action={hasRole(['enterprise']) ? (r) => <Button size="small" type="primary" onClick={() => { form.resetFields(); setTarget(r); }}>{t('utilisation.apply')}</Button> : undefined} />
      <Modal open={target !== null} title={`${t('utilisation.apply')}：${target?.title ?? ''}`} onCancel={() => setTarget(null)} onOk={() => void submit()} okText={t('utilisation.apply.submit')} destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="intendedUse" label={t('utilisation.apply.use')} rules={[{ required: true, message: t('utilisation.apply.useRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
