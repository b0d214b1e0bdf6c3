import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, InputNumber, List, Select, Switch, Tag } from 'antd';
import { useState } from 'react';
import type { Filing, FilingCheck, FilingCreate } from '../../../../../common/centre';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateProps } from '../date-props';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { applyApiError } from '../../../components/forms';

/** The enterprise files with a window (or corrects a returned filing, or completes one the desk started), checking the conditions first. */
export function FilingDrawer({ open, onClose, returned }: { open: boolean; onClose: () => void; returned: Filing | null }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FilingCreate>();
  const [check, setCheck] = useState<FilingCheck | null>(null);
  const config = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const agencies = useQuery({ queryKey: ['centre-agencies'], queryFn: () => api.get('/centre/agencies') });
  const windowId = Form.useWatch('windowId', form);
  const window = config.data?.windows.find((w) => w.id === windowId);
  const save = (v: FilingCreate) => (returned ? api.put('/centre/filings/{id}', { params: { path: { id: returned.id } }, body: v }) : api.post('/centre/filings', { body: v }));
  const { saving, submit } = useFormSave(form, save, () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['centre-filings'] });
  });
  const runCheck = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await api
      .post('/centre/filings/check', { body: v })
      .then(setCheck)
      .catch((err: unknown) => applyApiError(form, err));
  };
  // A returned filing comes back as it was sent; an invited one (from the desk) has only its window so far.
  const initial = returned
    ? { windowId: returned.windowId, fieldCodes: returned.fieldCodes, establishedOn: returned.establishedOn ?? undefined, insuredStaff: returned.insuredStaff ?? undefined, dishonesty: returned.dishonesty ?? false, abnormalFiling: returned.abnormalFiling ?? false, otherGrants: returned.otherGrants, documents: returned.documents, agencyId: null }
    : { dishonesty: false, abnormalFiling: false, otherGrants: 0, agencyId: null };
  const invited = returned?.status === 'invited';
  return (
    <FormDrawer open={open} onClose={onClose} title={invited ? t('centre.complete') : returned ? t('centre.resubmit') : t('centre.filings.new')} saving={saving} onSave={() => void submit()}>
      {returned?.reason && !invited && <Alert type="warning" showIcon message={returned.reason} style={{ marginBottom: 16 }} />}
      {invited && returned.sourceNote && <Alert type="info" showIcon message={t('centre.invitedFrom')} description={<div style={{ whiteSpace: 'pre-wrap' }}>{returned.sourceNote}</div>} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onValuesChange={() => setCheck(null)}>
        <Form.Item name="windowId" label={t('centre.window')} rules={[{ required: true }]}>
          <Select disabled={!!returned} showSearch={{ optionFilterProp: 'label' }} options={config.data?.windows.map((w) => ({ value: w.id, label: w.name }))} />
        </Form.Item>
        <Form.Item name="fieldCodes" label={t('centre.fields')} rules={[{ required: true }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={config.data?.fields.filter((f) => !window || window.fieldCodes.includes(f.code)).map((f) => ({ value: f.code, label: f.name }))} />
        </Form.Item>
        <Form.Item name="agencyId" label={t('centre.agency')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={agencies.data?.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))} />
        </Form.Item>
        <Form.Item name="establishedOn" {...dateProps} label={t('centre.establishedOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
        <Form.Item name="insuredStaff" label={t('centre.insuredStaff')} rules={[{ required: true }]}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="otherGrants" label={t('centre.otherGrants')}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="dishonesty" label={t('centre.dishonesty')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="abnormalFiling" label={t('centre.abnormalFiling')} valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="documents" label={t('centre.documents')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>
      </Form>
      <Button onClick={() => void runCheck()}>{t('centre.check')}</Button>
      {check && (
        <List
          header={t('centre.checkResult')}
          size="small"
          dataSource={check.lines}
          renderItem={(l) => (
            <List.Item>
              <Tag color={l.met ? 'success' : 'error'}>{l.met ? t('centre.met') : t('centre.notMet')}</Tag> {l.name}：{l.detail}
            </List.Item>
          )}
        />
      )}
    </FormDrawer>
  );
}
