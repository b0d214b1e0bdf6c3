import { DownloadOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NextAgentLabels } from '../../../../../common/enforcement';
import { COMPLIANCE_STATUSES, type ComplianceCreate, ComplianceCreateSchema, type ComplianceListItem, ComplianceStatusLabels, EvaluationResultLabels } from '../../../../../common/enforcement-compliance';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { useListQuery } from '../../../components/useListQuery';
import { STATUS_COLOR } from './status-colors';


/** The procuratorate opens a procedure and names its supervision team, on which the IP office sits. */
function OpenDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form] = Form.useForm<ComplianceCreate>();
  const shape = ComplianceCreateSchema.shape;
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/compliance', { body: { ...v, team: v.team.map((m) => ({ ...m, leader: !!m.leader })) } }), (p) => void navigate(`/enforcement/compliance/${p.id}`));
  return (
    <FormDrawer open={open} onClose={onClose} title={t('enforcement.compliance.new')} saving={saving} onSave={() => void submit()} size={640}>
      <Form form={form} layout="vertical" initialValues={{ team: [{ leader: true }, { leader: false }] }}>
        <Form.Item name="enterpriseName" label={t('enforcement.compliance.enterprise')} rules={[zodRule(shape.enterpriseName)]}><Input /></Form.Item>
        <Space wrap>
          <Form.Item name="enterpriseCreditCode" label={t('enforcement.compliance.creditCode')}><Input style={{ width: 240 }} maxLength={18} /></Form.Item>
          <Form.Item name="enterpriseOrgId" label={t('enforcement.compliance.enterpriseOrg')}><OrgPicker kinds={['enterprise']} allowClear style={{ width: 300 }} /></Form.Item>
        </Space>
        <Form.Item name="caseRef" label={t('enforcement.compliance.caseRef')} rules={[zodRule(shape.caseRef)]}><Input /></Form.Item>
        <Form.Item name="summary" label={t('enforcement.compliance.summary')} rules={[zodRule(shape.summary)]}><Input.TextArea rows={3} /></Form.Item>
        <Space wrap>
          <Form.Item name="officeOrgId" label={t('enforcement.compliance.office')} rules={[{ required: true }]}><OrgPicker kinds={['ipOffice', 'districtOffice']} style={{ width: 320 }} /></Form.Item>
          <Form.Item name="startedOn" label={t('enforcement.compliance.startedOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
        </Space>
        <Form.List name="team">
          {(fields, { add, remove }) => (
            <Form.Item label={t('enforcement.compliance.team')}>
              {fields.map((f) => (
                <Space key={f.key} wrap align="baseline">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}><Input placeholder={t('enforcement.compliance.memberName')} style={{ width: 110 }} /></Form.Item>
                  <Form.Item name={[f.name, 'unit']} rules={[{ required: true }]}><Input placeholder={t('enforcement.compliance.memberUnit')} style={{ width: 170 }} /></Form.Item>
                  <Form.Item name={[f.name, 'orgId']}><OrgPicker allowClear placeholder={t('enforcement.compliance.memberOrg')} style={{ width: 190 }} /></Form.Item>
                  <Form.Item name={[f.name, 'leader']} valuePropName="checked"><Checkbox>{t('enforcement.compliance.leader')}</Checkbox></Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('common.delete')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ leader: false })}>{t('enforcement.compliance.addMember')}</Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}

/** Compliance procedures: the procuratorate's own, those its team's units sit on, the office's region. */
export default function ComplianceListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const [drawer, setDrawer] = useState(false);
  const list = useListQuery('/enforcement/compliance', { sort: 'startedOn', order: 'desc' });
  const { data, isFetching } = useQuery({ queryKey: ['enforcement-compliance', list.query], queryFn: () => api.get('/enforcement/compliance', { params: { query: list.query } }) });
  const f = list.params.filters;
  return (
    <PageContainer
      title={t('enforcement.compliance.title')}
      extra={
        <Space wrap>
          {hasRole(['liaison']) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer(true)}>{t('enforcement.compliance.new')}</Button>}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/compliance/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.compliance.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.compliance.status')} value={(f.status as string | undefined) ?? undefined} onChange={(status?: string) => list.setFilters({ ...f, status })} options={COMPLIANCE_STATUSES.map((s) => ({ value: s, label: label(ComplianceStatusLabels[s]) }))} style={{ width: 200 }} />
        <Checkbox checked={f.overdue === 'true'} onChange={(e) => list.setFilters({ ...f, overdue: e.target.checked ? 'true' : undefined })}>{t('enforcement.more.overdueOnly')}</Checkbox>
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<ComplianceListItem>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<ComplianceListItem>(data?.total, t)}
        scroll={{ x: 1600 }}
        columns={[
          { title: t('enforcement.compliance.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', width: 240, fixed: 'left', sorter: true, sortOrder: list.sortOrder('enterpriseName'), render: (v: string, p) => <Link to={`/enforcement/compliance/${p.id}`}>{v}</Link> },
          { title: t('enforcement.compliance.procuratorate'), dataIndex: ['procuratorate', 'name'], width: 180 },
          { title: t('enforcement.compliance.office'), dataIndex: ['office', 'name'], width: 200 },
          { title: t('enforcement.compliance.status'), dataIndex: 'status', key: 'status', width: 160, sorter: true, sortOrder: list.sortOrder('status'), render: (s: ComplianceListItem['status']) => <Tag color={STATUS_COLOR[s]}>{label(ComplianceStatusLabels[s])}</Tag> },
          { title: t('enforcement.compliance.startedOn'), dataIndex: 'startedOn', key: 'startedOn', width: 110, sorter: true, sortOrder: list.sortOrder('startedOn') },
          { title: t('enforcement.compliance.termEndsOn'), dataIndex: 'termEndsOn', width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('enforcement.compliance.inspections'), width: 150, render: (_, p) => t('enforcement.compliance.inspectionsDone', { done: p.inspectionsDone, planned: p.inspectionsPlanned }) },
          { title: t('enforcement.compliance.result'), dataIndex: 'evaluationResult', width: 140, render: (r: ComplianceListItem['evaluationResult']) => (r ? label(EvaluationResultLabels[r]) : '—') },
          { title: t('enforcement.more.nextDueOn'), dataIndex: 'nextDueOn', width: 140, render: (v: string | null, p) => (v ? <Space size={4}>{v}{p.overdue && <Tag color="error">{t('enforcement.more.overdue')}</Tag>}</Space> : '—') },
          { title: t('enforcement.more.nextActor'), dataIndex: 'nextActor', width: 150, render: (a: ComplianceListItem['nextActor']) => label(NextAgentLabels[a]) },
        ]}
      />
      <OpenDrawer open={drawer} onClose={() => setDrawer(false)} />
    </PageContainer>
  );
}
