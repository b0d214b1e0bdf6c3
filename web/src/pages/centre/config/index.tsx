import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Card, Form, Input, InputNumber, Table, Tag, Button } from 'antd';
import { useState } from 'react';
import { type Agency, type Condition, PatentKindLabels, type Rule, type RuleUpdate, type Window } from '../../../../../common/centre';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';
import { AgencyDrawer, ConditionDrawer, WindowDrawer } from './ConfigDrawers';

/** The office changes a kind's time limit and quota, each with its source. */
function RuleDrawer({ rule, onClose }: { rule: Rule; onClose: () => void }) {
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<RuleUpdate>();
  const { saving, submit } = useFormSave(form, (v) => api.put('/centre/rules/{kind}', { params: { path: { kind: rule.kind } }, body: v }), () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['centre-config'] });
  });
  return (
    <FormDrawer open onClose={onClose} title={label(PatentKindLabels[rule.kind])} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={rule}>
        <Form.Item name="workingDays" label={t('centre.config.workingDays')} rules={[{ required: true }]}><InputNumber min={1} max={120} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="timeLimitSource" label={t('centre.config.timeLimitSource')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="yearlyQuota" label={t('centre.config.quota')} rules={[{ required: true }]}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="quotaSource" label={t('centre.config.quotaSource')} rules={[{ required: true }]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The centre's configuration: windows with their fields, filing conditions with sources, time limits and quotas, the agency list. */
export default function CentreConfigPage() {
  const { t, label } = useI18n();
  const { hasRole } = useSession();
  const [editing, setEditing] = useState<Rule | null>(null);
  const [condition, setCondition] = useState<Condition | null>(null);
  const [drawer, setDrawer] = useState<'window' | 'agency' | null>(null);
  const { data, isFetching } = useQuery({ queryKey: ['centre-config'], queryFn: () => api.get('/centre/config') });
  const agencies = useQuery({ queryKey: ['centre-agencies'], queryFn: () => api.get('/centre/agencies') });
  const fieldName = (c: string) => data?.fields.find((f) => f.code === c)?.name ?? '';
  const office = hasRole(['office', 'admin']);
  const examiner = office || hasRole(['examiner']);
  return (
    <PageContainer title={t('centre.config.title')}>
      <Card title={t('centre.config.rules')} size="small" style={{ marginBottom: 16 }}>
        <Table<Rule>
          rowKey="kind"
          size="small"
          loading={isFetching}
          dataSource={data?.rules}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            { title: t('centre.kind'), dataIndex: 'kind', width: 100, render: (k: Rule['kind']) => label(PatentKindLabels[k]) },
            { title: t('centre.config.workingDays'), dataIndex: 'workingDays', width: 120, align: 'right' },
            { title: t('centre.config.timeLimitSource'), dataIndex: 'timeLimitSource', width: 300 },
            { title: t('centre.config.quota'), dataIndex: 'yearlyQuota', width: 120, align: 'right' },
            { title: t('centre.config.quotaSource'), dataIndex: 'quotaSource', width: 220 },
            ...(office ? [{ title: t('common.actions'), key: 'a', width: 90, render: (_: unknown, r: Rule) => <Button size="small" onClick={() => setEditing(r)}>{t('centre.config.edit')}</Button> }] : []),
          ]}
        />
      </Card>
      <Card title={t('centre.config.conditions')} size="small" style={{ marginBottom: 16 }}>
        <Table<Condition>
          rowKey="id"
          size="small"
          dataSource={data?.conditions}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { title: t('centre.config.conditions'), dataIndex: 'name', width: 320 },
            { title: t('centre.config.threshold'), dataIndex: 'threshold', width: 90, align: 'right' },
            { title: t('centre.config.source'), dataIndex: 'source', width: 300, render: (s: string, c) => `${s}（${c.citation}）` },
            { title: t('centre.status'), dataIndex: 'active', width: 80, render: (a: boolean) => <Tag color={a ? 'success' : 'default'}>{a ? t('centre.yes') : t('centre.no')}</Tag> },
            ...(office ? [{ title: t('common.actions'), key: 'a', width: 90, render: (_: unknown, c: Condition) => <Button size="small" onClick={() => setCondition(c)}>{t('centre.config.edit')}</Button> }] : []),
          ]}
        />
      </Card>
      <Card title={t('centre.config.windows')} size="small" style={{ marginBottom: 16 }} extra={office && <Button size="small" icon={<PlusOutlined />} onClick={() => setDrawer('window')}>{t('centre.config.newWindow')}</Button>}>
        <Table<Window>
          rowKey="id"
          size="small"
          dataSource={data?.windows}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { title: t('centre.window'), dataIndex: 'name', width: 280 },
            { title: t('centre.region'), dataIndex: 'regionName', width: 160 },
            { title: t('centre.fields'), dataIndex: 'fieldCodes', width: 240, render: (c: string[]) => c.map(fieldName).join('、') },
            { title: t('centre.config.validity'), dataIndex: 'filingValidityMonths', width: 120, align: 'right' },
          ]}
        />
      </Card>
      <Card title={t('centre.config.agencies')} size="small" extra={examiner && <Button size="small" icon={<PlusOutlined />} onClick={() => setDrawer('agency')}>{t('centre.config.newAgency')}</Button>}>
        <Table<Agency>
          rowKey="id"
          size="small"
          loading={agencies.isFetching}
          dataSource={agencies.data}
          pagination={false}
          scroll={{ x: 700 }}
          columns={[
            { title: t('centre.agency'), dataIndex: 'name', width: 300 },
            { title: t('centre.config.creditCode'), dataIndex: 'creditCode', width: 200 },
            { title: t('centre.region'), dataIndex: 'regionName', width: 200 },
            { title: t('centre.status'), dataIndex: 'active', width: 80, render: (a: boolean) => <Tag color={a ? 'success' : 'default'}>{a ? t('centre.yes') : t('centre.no')}</Tag> },
          ]}
        />
      </Card>
      {editing && <RuleDrawer rule={editing} onClose={() => setEditing(null)} />}
      {condition && <ConditionDrawer condition={condition} onClose={() => setCondition(null)} />}
      {drawer === 'window' && <WindowDrawer onClose={() => setDrawer(null)} />}
      {drawer === 'agency' && <AgencyDrawer onClose={() => setDrawer(null)} />}
    </PageContainer>
  );
}
