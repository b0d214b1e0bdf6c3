import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type EnforcementRule, type EnforcementRuleUpsert, EnforcementRuleUpsertSchema, LIMIT_CODES, LimitCodeLabels, RULE_UNITS, RuleUnitLabels } from '../../../../../common/enforcement';
import { regionPrefix } from '../../../../../common/region';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { formatDateTime } from '../../../app/format';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';

const shape = EnforcementRuleUpsertSchema.shape;

/** The enforcement time limits as data: national defaults and regional overrides, each with its length, calendar, extension and legal basis. */
export default function EnforcementRulesPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  // A cleared region prefix is left out by the form; it means the national default.
  const [form] = Form.useForm<Omit<EnforcementRuleUpsert, 'regionPrefix'> & { regionPrefix?: string }>();
  const [open, setOpen] = useState(false);
  const { me, hasRole } = useSession();
  const admin = hasRole(['admin']);
  const manager = hasRole(['admin', 'office', 'district']);
  const mine = me ? regionPrefix(me.org.regionCode) : '-';
  // Offices set rules for their own region; the national defaults are the platform admin's.
  const canEdit = (r: EnforcementRule) => admin || (manager && !!r.regionPrefix && r.regionPrefix.startsWith(mine));
  const { data = [], isFetching } = useQuery({ queryKey: ['enforcement', 'rules'], queryFn: () => api.get('/enforcement/deadline-rules') });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['enforcement', 'rules'] });
  const edit = (r?: EnforcementRule) => {
    form.resetFields();
    form.setFieldsValue(r ? { ...r, regionPrefix: r.regionPrefix || (admin ? '' : mine) } : { regionPrefix: admin ? '' : mine, unit: 'workingDays' });
    setOpen(true);
  };
  const { saving, submit } = useFormSave(
    form,
    (values) => api.put('/enforcement/deadline-rules', { body: { ...values, regionPrefix: values.regionPrefix ?? '', extensionLength: values.extensionLength ?? null } }),
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <PageContainer
      title={t('enforcement.rules.title')}
      extra={
        <>
          {manager && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => edit()}>
              {t('enforcement.rules.override')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/deadline-rules/export.xlsx').catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Alert type="info" showIcon title={t('enforcement.rules.intro')} style={{ marginBottom: 16 }} />
      <Table<EnforcementRule>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('enforcement.rules.code'), dataIndex: 'code', width: 230, render: (c: EnforcementRule['code']) => label(LimitCodeLabels[c]) },
          { title: t('enforcement.rules.region'), dataIndex: 'regionName', width: 110, render: (n: string, r) => (r.regionPrefix ? <Tag color="blue">{n}</Tag> : t('enforcement.rules.national')) },
          { title: t('enforcement.rules.length'), key: 'len', width: 110, render: (_: unknown, r) => `${r.length} ${label(RuleUnitLabels[r.unit])}` },
          { title: t('enforcement.rules.extension'), dataIndex: 'extensionLength', width: 110, render: (n: number | null, r) => (n ? `${n} ${label(RuleUnitLabels[r.unit])}` : '—') },
          { title: t('enforcement.rules.citation'), dataIndex: 'citation' },
          { title: t('enforcement.rules.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (v: string) => formatDateTime(v) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r) => (
              <Space>
                {canEdit(r) && <a onClick={() => edit(r)}>{t('common.edit')}</a>}
                {r.regionPrefix && canEdit(r) && (
                  <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void api.delete('/enforcement/deadline-rules/{id}', { params: { path: { id: r.id } } }).then(refresh).catch((e: Error) => message.error(e.message))}>
                    <a>{t('common.delete')}</a>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('enforcement.rules.override')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="code" label={t('enforcement.rules.code')} rules={[zodRule(shape.code)]}>
            <Select options={LIMIT_CODES.map((c) => ({ value: c, label: label(LimitCodeLabels[c]) }))} />
          </Form.Item>
          <Form.Item name="regionPrefix" label={t('enforcement.rules.regionPrefix')} extra={t('enforcement.rules.regionPrefixHint')} rules={[zodRule(shape.regionPrefix)]}>
            <Input count={{ max: 6 }} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="length" label={t('enforcement.rules.length')} rules={[zodRule(shape.length)]}>
              <InputNumber min={1} max={366} />
            </Form.Item>
            <Form.Item name="unit" label={t('enforcement.rules.unit')} rules={[zodRule(shape.unit)]}>
              <Select style={{ width: 150 }} options={RULE_UNITS.map((u) => ({ value: u, label: label(RuleUnitLabels[u]) }))} />
            </Form.Item>
            <Form.Item name="extensionLength" label={t('enforcement.rules.extension')}>
              <InputNumber min={1} max={366} />
            </Form.Item>
          </Space>
          <Form.Item name="citation" label={t('enforcement.rules.citation')} rules={[zodRule(shape.citation)]}>
            <Input.TextArea rows={3} count={{ show: true, max: 200 }} />
          </Form.Item>
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
