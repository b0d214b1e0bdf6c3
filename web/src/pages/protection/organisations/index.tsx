import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Segmented, Select, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DISPUTE_TYPES, DisputeTypeLabels } from '../../../../../common/protection';
import { MEDIATION_ORG_TYPES, type MediationOrg, MediationOrgTypeLabels, type OrgProfileUpsert, OrgProfileUpsertSchema } from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';
import { OrgChoice, pct } from '../shared';

const shape = OrgProfileUpsertSchema.shape;

function ProfileDrawer(props: { org: MediationOrg | null; onClose: () => void; onSaved: () => void }) {
  const { t, label } = useI18n();
  const [form] = Form.useForm<OrgProfileUpsert>();
  const invited = Form.useWatch('courtInvited', form);
  const o = props.org;
  useEffect(() => {
    form.resetFields();
    if (o) form.setFieldsValue({ caseCode: o.caseCode ?? undefined, mediationType: o.mediationType ?? (o.kind === 'mediationOrg' ? 'people' : null), courtInvited: o.courtInvited, invitingCourtId: o.invitingCourt?.id, disputeScope: o.disputeScope, chargesFee: o.chargesFee });
  }, [o, form]);
  const { saving, submit } = useFormSave(
    form,
    async (values) => api.put('/protection/organisations/{id}', { params: { path: { id: o!.orgId } }, body: values }),
    () => props.onSaved(),
  );
  const mediation = o?.kind === 'mediationOrg';
  return (
    <FormDrawer open={!!o} onClose={props.onClose} title={o?.name} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="caseCode" label={t('protection.orgs.caseCode')} extra={t('protection.orgs.caseCodeHint')} rules={[zodRule(shape.caseCode)]}>
          <Input count={{ max: 12 }} />
        </Form.Item>
        {mediation && (
          <>
            <Form.Item name="mediationType" label={t('protection.orgs.type')} rules={[{ required: true }]}>
              <Select options={MEDIATION_ORG_TYPES.map((m) => ({ value: m, label: label(MediationOrgTypeLabels[m]) }))} />
            </Form.Item>
            <Form.Item name="courtInvited" label={t('protection.orgs.courtInvited')} valuePropName="checked">
              <Switch />
            </Form.Item>
            {invited && (
              <Form.Item name="invitingCourtId" label={t('protection.orgs.invitingCourt')} rules={[{ required: true }]}>
                <OrgChoice kind="court" />
              </Form.Item>
            )}
            <Form.Item name="chargesFee" label={t('protection.orgs.chargesFee')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
        <Form.Item name="disputeScope" label={t('protection.orgs.scope')}>
          <Select mode="multiple" options={DISPUTE_TYPES.map((d) => ({ value: d, label: label(DisputeTypeLabels[d]) }))} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Mediation organisations and deciding offices: their case-number code and mediation particulars, with case counts. */
export default function OrganisationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') === 'office' ? 'office' : 'mediationOrg';
  const [editing, setEditing] = useState<MediationOrg | null>(null);
  const { data = [], isFetching } = useQuery({ queryKey: ['protection', 'organisations', kind, 'page'], queryFn: () => api.get('/protection/organisations', { params: { query: { kind } } }) });
  return (
    <PageContainer
      title={t('protection.orgs.title')}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/organisations/export.xlsx', { query: { kind } }).catch((e: Error) => message.error(e.message))}>
          {t('common.export')}
        </Button>
      }
    >
      <Segmented
        value={kind}
        onChange={(v) => setParams(v === 'office' ? { kind: 'office' } : {}, { replace: true })}
        options={[
          { value: 'mediationOrg', label: t('protection.orgs.mediationOrgs') },
          { value: 'office', label: t('protection.orgs.offices') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table<MediationOrg>
        rowKey="orgId"
        loading={isFetching}
        dataSource={data}
        pagination={{ pageSize: 20, showTotal: (n) => t('common.total', { total: n }) }}
        columns={[
          { title: t('protection.stats.name'), dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh') },
          { title: t('protection.orgs.region'), dataIndex: 'regionName', width: 130 },
          { title: t('protection.orgs.caseCode'), dataIndex: 'caseCode', width: 100, render: (c: string | null) => c ?? <Tag>{t('protection.orgs.notProfiled')}</Tag> },
          ...(kind === 'mediationOrg'
            ? [
                { title: t('protection.orgs.type'), dataIndex: 'mediationType', width: 120, render: (m: MediationOrg['mediationType']) => (m ? label(MediationOrgTypeLabels[m]) : '—') },
                { title: t('protection.orgs.invitingCourt'), dataIndex: ['invitingCourt', 'name'], width: 160, render: (n: string | undefined) => n ?? '—' },
                { title: t('protection.orgs.mediators'), dataIndex: 'mediators', width: 70 },
              ]
            : []),
          { title: t('protection.orgs.openCases'), dataIndex: 'openCases', width: 80, sorter: (a, b) => a.openCases - b.openCases },
          { title: t('protection.orgs.cases'), dataIndex: 'cases', width: 80, sorter: (a, b) => a.cases - b.cases },
          { title: t('protection.mediators.successRate'), dataIndex: 'successRate', width: 80, render: pct },
          { title: t('common.actions'), key: 'a', width: 90, render: (_: unknown, o) => <a onClick={() => setEditing(o)}>{t('protection.orgs.edit')}</a> },
        ]}
      />
      <ProfileDrawer
        org={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void qc.invalidateQueries({ queryKey: ['protection', 'organisations'] });
        }}
      />
    </PageContainer>
  );
}
