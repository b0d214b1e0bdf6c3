import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CaseSourceLabels, DISPUTE_TYPES, DisputeTypeLabels, MediationCaseCreateSchema, type MediationCaseCreateInput, PROCEDURES, ProcedureLabels, ProtectionAccess } from '../../../../../common/protection';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError, zodRule, validValues } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { OrgChoice} from '../shared';
import { CaseStatementFields, PartyFields, RightFields } from './PartyFields';

const shape = MediationCaseCreateSchema.shape;

/** The form asks for the amount in yuan; the server takes fen. */
type FormValues = Omit<MediationCaseCreateInput, 'amountFen'> & { amountYuan?: string };

/** Files a mediation case: an enterprise applies online, a court refers (委派/委托), office staff register a referral. */
export default function CaseNewPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, hasRole } = useSession();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const source = Form.useWatch('source', form);
  const office = hasRole(ProtectionAccess.manage);
  const court = !office && hasRole(['court']);
  const sources = office ? (['officeReferral', 'application', 'courtPreFiling', 'courtInLitigation'] as const) : court ? (['courtPreFiling', 'courtInLitigation'] as const) : (['application'] as const);
  if (!me) return null;

  const initial = {
    source: sources[0],
    regionCode: me.org.regionCode,
    disputeType: 'patent',
    courtId: court ? me.org.id : undefined,
    parties: [
      office || court ? { role: 'applicant', kind: 'organisation' } : { role: 'applicant', kind: 'organisation', name: me.org.name, orgId: me.org.id },
      { role: 'respondent', kind: 'organisation' },
    ],
    rights: [{ kind: 'invention' }],
  };

  const submit = async () => {
    const values = await validValues(form);
    if (!values) return;
    setSaving(true);
    try {
      const { amountYuan, ...rest } = values;
      const body = { ...rest, amountFen: yuanToFen(amountYuan) };
      const created = await api.post('/protection/cases', { body });
      void message.success(t('protection.new.submitted', { caseNo: created.caseNo }));
      void navigate(`/protection/cases/${created.id}`);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  const fromCourt = source === 'courtPreFiling' || source === 'courtInLitigation';
  const title = t(court ? 'protection.new.referTitle' : office ? 'protection.cases.newOfficeCase' : 'protection.new.title');
  return (
    <PageContainer title={title} crumbs={[{ title: t('menu.protectionCases'), path: '/protection/cases' }, { title }]} card={false}>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={() => void submit()}>
        <Card style={{ marginBottom: 16 }}>
          <Alert type="info" showIcon title={t('protection.new.hintApplication')} style={{ marginBottom: 16 }} />
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="source" label={t('protection.cases.source')} rules={[zodRule(shape.source)]}>
                <Select disabled={sources.length === 1} options={sources.map((s) => ({ value: s, label: label(CaseSourceLabels[s]) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="orgId" label={t('protection.field.mediationOrg')} rules={[zodRule(shape.orgId)]}>
                <OrgChoice kind="mediationOrg" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="disputeType" label={t('protection.cases.disputeType')} rules={[zodRule(shape.disputeType)]}>
                <Select options={DISPUTE_TYPES.map((d) => ({ value: d, label: label(DisputeTypeLabels[d]) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="regionCode" label={t('protection.field.region')} rules={[zodRule(shape.regionCode)]}>
                <RegionPicker />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="amountYuan" label={t('protection.field.amount')} rules={[moneyRule()]}>
                <MoneyInput />
              </Form.Item>
            </Col>
            {fromCourt && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item name="courtId" label={t('protection.field.court')} rules={[{ required: true }]}>
                    <OrgChoice kind="court" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="courtCaseNo" label={t('protection.field.courtCaseNo')} rules={[zodRule(shape.courtCaseNo)]}>
                    <Input count={{ max: 60 }} placeholder="（2024）粤0310民初123号" />
                  </Form.Item>
                </Col>
                {source === 'courtInLitigation' && (
                  <Col xs={24} md={8}>
                    <Form.Item name="procedure" label={t('protection.field.procedure')} rules={[{ required: true }]}>
                      <Select options={PROCEDURES.map((p) => ({ value: p, label: label(ProcedureLabels[p]) }))} />
                    </Form.Item>
                  </Col>
                )}
              </>
            )}
            <CaseStatementFields shape={shape} />
          </Row>
        </Card>
        <Card title={t('protection.field.parties')} style={{ marginBottom: 16 }}>
          <PartyFields kind="mediation" lockFirst={!office && !court} pickOrg={office} />
        </Card>
        <Card title={t('protection.field.rights')} style={{ marginBottom: 16 }}>
          <RightFields />
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
