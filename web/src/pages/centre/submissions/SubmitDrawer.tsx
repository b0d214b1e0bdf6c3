import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { PATENT_KINDS, PatentKindLabels } from '../../../../../common/centre';
import type { SubmissionCreate } from '../../../../../common/centre-submissions';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';

/** A filed enterprise submits an application for fast pre-examination. */
export function SubmitDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SubmissionCreate>();
  const filings = useQuery({ queryKey: ['centre-filings', 'approved'], queryFn: () => api.get('/centre/filings', { params: { query: { status: 'approved', pageSize: 50 } } }) });
  const agencies = useQuery({ queryKey: ['centre-agencies'], queryFn: () => api.get('/centre/agencies') });
  // The enterprise's filing is chosen for it once the list arrives: most have only one.
  const firstFiling = filings.data?.items[0]?.id;
  useEffect(() => {
    if (firstFiling && !form.getFieldValue('filingId')) form.setFieldsValue({ filingId: firstFiling });
  }, [firstFiling, form]);
  const { saving, submit } = useFormSave(form, (v) => api.post('/centre/submissions', { body: v }), () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['centre-submissions'] });
  });
  return (
    <FormDrawer open={open} onClose={onClose} title={t('centre.submissions.new')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'invention', applicant: me?.org.name, agencyId: null }}>
        <Form.Item name="filingId" label={t('centre.filing')} rules={[{ required: true }]}>
          <Select options={filings.data?.items.map((f) => ({ value: f.id, label: `${f.windowName}（${f.validTo ?? ''}）` }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('centre.kind')} rules={[{ required: true }]}><Select options={PATENT_KINDS.map((k) => ({ value: k, label: label(PatentKindLabels[k]) }))} /></Form.Item>
        <Form.Item name="title" label={t('centre.title')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="ipc" label={t('centre.ipc')} rules={[{ required: true }]}><Input placeholder="B60L 53/00" /></Form.Item>
        <Form.Item name="applicant" label={t('centre.applicant')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="agencyId" label={t('centre.agency')}><Select allowClear options={agencies.data?.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name }))} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}
