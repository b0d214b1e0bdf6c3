import { Button, Card, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { CASE_SOURCES, CaseSourceLabels, type EnforcementCaseCreate, EnforcementCaseCreateSchema, RIGHT_KINDS, RightKindLabels } from '../../../../../common/enforcement';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { AgencySelect } from '../shared';

type Values = Omit<EnforcementCaseCreate, 'receivedOn'> & { receivedOn: Dayjs };
const shape = EnforcementCaseCreateSchema.shape;

/** Registers a complaint or report, or a lead from inspection, customs or another agency: the check on opening a case starts. */
export default function EnforcementCaseNewPage() {
  const { t, label } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/enforcement/cases', { body: { ...v, receivedOn: v.receivedOn.format('YYYY-MM-DD') } }),
    (c) => void navigate(`/enforcement/cases/${c.id}`),
  );
  return (
    <PageContainer title={t('enforcement.cases.new')} crumbs={[{ title: t('menu.enforcement.cases'), path: '/enforcement/cases' }, { title: t('enforcement.cases.new') }]}>
      <Card style={{ maxWidth: 760 }} variant="borderless">
        <Form form={form} layout="vertical" initialValues={{ source: 'complaint', receivedOn: dayjs() }} onFinish={() => void submit()}>
          <Space wrap size={16}>
            <Form.Item name="source" label={t('enforcement.field.source')} rules={[zodRule(shape.source)]}>
              <Select style={{ width: 220 }} options={CASE_SOURCES.map((s) => ({ value: s, label: label(CaseSourceLabels[s]) }))} />
            </Form.Item>
            <Form.Item name="rightKind" label={t('enforcement.field.rightKind')} rules={[zodRule(shape.rightKind)]}>
              <Select style={{ width: 220 }} options={RIGHT_KINDS.map((s) => ({ value: s, label: label(RightKindLabels[s]) }))} />
            </Form.Item>
            <Form.Item name="receivedOn" label={t('enforcement.field.receivedOn')} extra={t('enforcement.cases.receivedHint')} rules={[{ required: true, message: t('common.chooseField', { field: t('enforcement.field.receivedOn') }) }, dateRule()]}>
              <DateInput />
            </Form.Item>
          </Space>
          <Form.Item name="summary" label={t('enforcement.field.summary')} rules={[zodRule(shape.summary)]}>
            <Input.TextArea rows={4} count={{ show: true, max: 2000 }} />
          </Form.Item>
          <Space wrap size={16} align="start">
            <Form.Item name="partyName" label={t('enforcement.field.party')} rules={[zodRule(shape.partyName)]}>
              <Input style={{ width: 320 }} count={{ max: 100 }} />
            </Form.Item>
            <Form.Item name="partyCreditCode" label={t('enforcement.field.partyCreditCode')} rules={[zodRule(shape.partyCreditCode)]}>
              <Input style={{ width: 240 }} count={{ max: 18 }} />
            </Form.Item>
          </Space>
          <Form.Item name="partyOrgId" label={t('enforcement.field.partyOrg')} extra={t('enforcement.cases.partyOrgHint')}>
            <AgencySelect kind="holder" allowClear placeholder={t('enforcement.cases.partyOrgPlaceholder')} />
          </Form.Item>
          <Form.Item name="complainant" label={t('enforcement.field.complainant')} rules={[zodRule(shape.complainant)]}>
            <Input style={{ width: 320 }} count={{ max: 100 }} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t('enforcement.cases.register')}
            </Button>
            <Button onClick={() => void navigate('/enforcement/cases')}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}
