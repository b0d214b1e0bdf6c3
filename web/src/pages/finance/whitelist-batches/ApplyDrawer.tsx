import { Alert, Checkbox, Form, Input } from 'antd';
import { type Application, type ApplicationCreate, ApplicationCreateSchema, type Batch } from '../../../../../common/finance-whitelist';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { required } from '../form-values';
import { PartyPicker } from '../PartyPicker';

/**
 * Puts an enterprise on an open batch: an enterprise applies for itself, a district recommends one of
 * its district's enterprises, a bank sends its own applicant for checking. The platform scores it.
 */
export function ApplyDrawer({ batch, onClose, onSaved }: { batch: Batch | null; onClose: () => void; onSaved: (a: Application) => void }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [form] = Form.useForm<ApplicationCreate>();
  const enterprise = hasRole(['enterprise']);
  const bank = hasRole(['bank']);
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/finance/whitelist-applications', { body: { batchId: batch?.id ?? '', enterpriseOrgId: enterprise ? undefined : v.enterpriseOrgId, highTech: !!v.highTech, note: v.note ?? null } }),
    (a) => {
      onSaved(a);
      onClose();
    },
  );
  const title = t(enterprise ? 'finance.apply.self' : bank ? 'finance.apply.bank' : 'finance.apply.district');
  return (
    <FormDrawer open={batch !== null} onClose={onClose} title={title} saving={saving} onSave={() => void submit()}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={batch?.title} description={t('finance.apply.scoredHint', { score: batch?.passScore ?? 0 })} />
      <Form form={form} layout="vertical" initialValues={{ highTech: false }}>
        {!enterprise && (
          <Form.Item name="enterpriseOrgId" label={t('finance.whitelists.enterprise')} rules={[required]}>
            {bank ? <PartyPicker kind="enterprise" /> : <OrgPicker kinds={['enterprise']} style={{ width: '100%' }} />}
          </Form.Item>
        )}
        <Form.Item name="highTech" valuePropName="checked" extra={t('finance.apply.highTechHint')}>
          <Checkbox>{t('finance.apply.highTech')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t(enterprise ? 'finance.apply.note' : 'finance.apply.reason')} rules={[zodRule(ApplicationCreateSchema.shape.note)]}>
          <Input.TextArea rows={4} count={{ show: true, max: 1000 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
