import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select } from 'antd';
import type { z } from 'zod';
import {
  AGENT_AUTHORITIES,
  AgentAuthorityLabels,
  type CaseKind,
  PARTY_KINDS,
  PARTY_ROLES,
  PartyKindLabels,
  PartyRoleLabels,
  RIGHT_KINDS,
  RightKindLabels,
} from '../../../../../common/protection';
import { useI18n } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';

/** The parties of a new case: role, name, platform organisation, contacts, agent and authority. */
export function PartyFields(props: { kind: CaseKind; lockFirst?: boolean; pickOrg?: boolean }) {
  const { t, label } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={t('protection.field.partyN', { n: i + 1 })}
              extra={fields.length > 2 && !(props.lockFirst && i === 0) ? <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} /> : null}
            >
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'role']} label={t('protection.field.partyRole')} rules={[{ required: true }]}>
                    <Select disabled={props.lockFirst && i === 0} options={PARTY_ROLES.map((r) => ({ value: r, label: label(PartyRoleLabels[props.kind][r]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'kind']} label={t('protection.field.partyKind')} rules={[{ required: true }]}>
                    <Select disabled={props.lockFirst && i === 0} options={PARTY_KINDS.map((k) => ({ value: k, label: label(PartyKindLabels[k]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'name']} label={t('protection.field.partyName')} rules={[{ required: true, message: t('common.fillField', { field: t('protection.field.partyName') }) }]}>
                    <Input count={{ max: 100 }} disabled={props.lockFirst && i === 0} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'idNumber']} label={t('protection.field.idNumber')}>
                    <Input count={{ max: 30 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'phone']} label={t('protection.field.phone')}>
                    <Input count={{ max: 30 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'serviceAddress']} label={t('protection.field.serviceAddress')}>
                    <Input count={{ max: 100 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'agentName']} label={t('protection.field.agentName')}>
                    <Input count={{ max: 50 }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'agentAuthority']} label={t('protection.field.agentAuthority')}>
                    <Select allowClear options={AGENT_AUTHORITIES.map((a) => ({ value: a, label: label(AgentAuthorityLabels[a]) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={[field.name, 'address']} label={t('protection.field.address')}>
                    <Input count={{ max: 200 }} />
                  </Form.Item>
                </Col>
                {props.pickOrg ? (
                  <Col xs={24} md={12}>
                    <Form.Item name={[field.name, 'orgId']} label={t('protection.field.partyOrg')}>
                      <OrgPicker allowClear kinds={['enterprise', 'university', 'serviceAgency']} onChange={(id, org) => id && org && form.setFieldValue(['parties', field.name, 'name'], org.name)} />
                    </Form.Item>
                  </Col>
                ) : (
                  <Form.Item name={[field.name, 'orgId']} hidden>
                    <Input />
                  </Form.Item>
                )}
              </Row>
            </Card>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ role: 'respondent', kind: 'organisation' })} style={{ marginBottom: 16 }}>
            {t('protection.new.addParty')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The IP rights of a new case: kind, number (patent numbers are checked), title. */
export function RightFields(props: { patentsOnly?: boolean }) {
  const { t, label } = useI18n();
  const kinds = props.patentsOnly ? RIGHT_KINDS.filter((k) => k === 'invention' || k === 'utilityModel' || k === 'design') : RIGHT_KINDS;
  return (
    <Form.List name="rights">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Row gutter={12} key={field.key} align="top">
              <Col xs={24} md={6}>
                <Form.Item name={[field.name, 'kind']} label={t('protection.field.rightKind')} rules={[{ required: true }]}>
                  <Select options={kinds.map((k) => ({ value: k, label: label(RightKindLabels[k]) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name={[field.name, 'number']} label={t('protection.field.rightNumber')} rules={[{ required: true }]}>
                  <Input count={{ max: 40 }} placeholder="ZL202310123456.6" />
                </Form.Item>
              </Col>
              <Col xs={20} md={8}>
                <Form.Item name={[field.name, 'title']} label={t('protection.field.rightTitle')}>
                  <Input count={{ max: 100 }} />
                </Form.Item>
              </Col>
              <Col xs={4} md={2}>
                <Form.Item label=" ">
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'invention' })} style={{ marginBottom: 16 }}>
            {t('protection.new.addRight')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** What the case is about and what the applicant asks for, checked with the kind's own schema. */
export function CaseStatementFields(props: { shape: { summary: z.ZodType; claims: z.ZodType } }) {
  const { t } = useI18n();
  return (
    <>
      <Col xs={24}>
        <Form.Item name="summary" label={t('protection.field.summary')} rules={[zodRule(props.shape.summary)]}>
          <Input.TextArea rows={3} count={{ show: true, max: 2000 }} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="claims" label={t('protection.field.claims')} rules={[zodRule(props.shape.claims)]}>
          <Input.TextArea rows={2} count={{ show: true, max: 2000 }} />
        </Form.Item>
      </Col>
    </>
  );
}
