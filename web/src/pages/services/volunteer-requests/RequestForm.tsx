import { useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useNavigate } from 'react-router';
import { URGENCIES, UrgencyLabels, VOLUNTEER_LANGUAGES, VOLUNTEER_SKILLS, VolunteerLanguageLabels, type VolunteerRequestCreate, VolunteerRequestCreateSchema, VolunteerSkillLabels } from '../../../../../common/services-volunteer';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError, zodRule } from '../../../components/forms';
import { CityDistrictSelect } from '../CityDistrictSelect';

const shape = VolunteerRequestCreateSchema.shape;

/** The enterprise's form to ask the 知助 volunteers for help. */
export function RequestForm(props: { open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<VolunteerRequestCreate>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const submit = async (values: VolunteerRequestCreate) => {
    try {
      const created = await api.post('/services/volunteer-requests', { body: { ...values, language: values.language ?? null } });
      void queryClient.invalidateQueries({ queryKey: ['services-requests'] });
      props.onClose();
      void navigate(`/services/volunteer-requests/${created.id}`);
    } catch (e) {
      const text = applyApiError(form, e);
      if (text) message.error(text);
    }
  };
  return (
    <Modal open={props.open} title={t('services.req.new')} onCancel={props.onClose} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ urgency: 'normal' }}>
        <Form.Item name="title" label={t('services.req.what')} rules={[zodRule(shape.title)]}><Input maxLength={100} /></Form.Item>
        <Form.Item name="need" label={t('services.req.need')} rules={[zodRule(shape.need)]}><Input.TextArea rows={4} maxLength={2000} /></Form.Item>
        <Form.Item name="skill" label={t('services.req.skill')} rules={[zodRule(shape.skill)]}><Select options={VOLUNTEER_SKILLS.map((s) => ({ value: s, label: label(VolunteerSkillLabels[s]) }))} /></Form.Item>
        <Form.Item name="language" label={t('services.req.language')}><Select allowClear placeholder={t('services.req.noLanguage')} options={VOLUNTEER_LANGUAGES.map((l) => ({ value: l, label: label(VolunteerLanguageLabels[l]) }))} /></Form.Item>
        <Form.Item name="urgency" label={t('services.req.urgency')} rules={[zodRule(shape.urgency)]}><Select options={URGENCIES.map((u) => ({ value: u, label: label(UrgencyLabels[u]) }))} /></Form.Item>
        <Form.Item name="districtCode" label={t('services.req.district')} rules={[zodRule(shape.districtCode)]}><CityDistrictSelect /></Form.Item>
      </Form>
    </Modal>
  );
}
