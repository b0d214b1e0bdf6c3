import { Alert, App, Button, Card, Col, Form, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AdjudicationCaseCreateSchema, type AdjudicationCaseCreateInput, ProtectionAccess } from '../../../../../common/protection';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { CaseStatementFields, PartyFields, RightFields } from '../case-new/PartyFields';
import { OrgChoice} from '../shared';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

const shape = AdjudicationCaseCreateSchema.shape;

/** A request for administrative adjudication of a patent infringement dispute (an enterprise online, or the office on receipt). */
export default function AdjudicationNewPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, hasRole } = useSession();
  const [form] = Form.useForm<Omit<AdjudicationCaseCreateInput, 'receivedOn'> & { receivedOn?: Dayjs | null }>();
  const [saving, setSaving] = useState(false);
  const office = hasRole(ProtectionAccess.manage);
  if (!me) return null;

  const submit = async () => {
    const checked = await validValues(form);
    if (!checked) return;
    const { receivedOn, ...values } = checked;
    setSaving(true);
    try {
      const created = await api.post('/protection/adjudications', { body: { ...values, receivedOn: receivedOn ? receivedOn.format('YYYY-MM-DD') : undefined } });
      void message.success(t('protection.new.submitted', { caseNo: created.caseNo }));
      void navigate(`/protection/cases/${created.id}`);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageContainer title={t('protection.new.adjTitle')} crumbs={[{ title: t('menu.protectionCases'), path: '/protection/cases' }, { title: t('protection.new.adjTitle') }]} card={false}>
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void submit()}
        initialValues={{
          regionCode: me.org.regionCode,
          parties: [office ? { role: 'applicant', kind: 'organisation' } : { role: 'applicant', kind: 'organisation', name: me.org.name, orgId: me.org.id }, { role: 'respondent', kind: 'organisation' }],
          rights: [{ kind: 'invention' }],
        }}
      >
        <Card style={{ marginBottom: 16 }}>
          <Alert type="info" showIcon title={t('protection.new.hintAdjudication')} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="orgId" label={t('protection.field.ipOffice')} rules={[zodRule(shape.orgId)]}>
                <OrgChoice kind="office" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="regionCode" label={t('protection.field.region')} rules={[zodRule(shape.regionCode)]}>
                <RegionPicker />
              </Form.Item>
            </Col>
            {office && (
              <Col xs={24} md={6}>
                <Form.Item rules={[dateRule()]} name="receivedOn" label={t('protection.field.receivedOn')}>
                  <DateInput style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            )}
            <CaseStatementFields shape={shape} />
          </Row>
        </Card>
        <Card title={t('protection.field.parties')} style={{ marginBottom: 16 }}>
          <PartyFields kind="adjudication" lockFirst={!office} pickOrg={office} />
        </Card>
        <Card title={t('protection.field.rights')} style={{ marginBottom: 16 }}>
          <RightFields patentsOnly />
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('protection.new.submit')}
          </Button>
          <Button onClick={() => void navigate('/protection/cases')}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </PageContainer>
  );
}
