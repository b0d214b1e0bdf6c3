import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { DEADLINE_CODE_LIST, DEADLINE_CODES, DEADLINE_UNITS, type DeadlineRule, type DeadlineRuleUpsert, DeadlineRuleUpsertSchema, DeadlineUnitLabels } from '../../../../../common/protection-admin';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { regionPrefix } from '../../../../../common/region';
import { zodRule } from '../../../components/forms';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { PageContainer } from '../../../components/PageContainer';


const shape = DeadlineRuleUpsertSchema.shape;

/** The legal time limits as data: national defaults and regional overrides, each with its legal basis. */
export default function RulesPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  // A cleared region prefix is left out by the form; it means the national default.
  const [form] = Form.useForm<Omit<DeadlineRuleUpsert, 'regionPrefix'> & { regionPrefix?: string }>();
  const [open, setOpen] = useState(false);
  const { me } = useSession();
  const admin = me?.roles.includes('admin') ?? false;
  const mine = me ? regionPrefix(me.org.regionCode) : '-';
  // Office staff set rules for their own region; the national defaults are the platform admin's.
  const canEdit = (r: DeadlineRule) => admin || (!!r.regionPrefix && r.regionPrefix.startsWith(mine));
  const { data = [], isFetching } = useQuery({ queryKey: ['protection', 'rules'], queryFn: () => api.get('/protection/deadline-rules') });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['protection', 'rules'] });
  const edit = (r?: DeadlineRule) => {
    form.resetFields();
    form.setFieldsValue(r ?? { regionPrefix: admin ? '' : mine, unit: 'workingDays' });
    setOpen(true);
  };
  const { saving, submit } = useFormSave(
    form,
    (values) => api.put('/protection/deadline-rules', { body: { ...values, regionPrefix: values.regionPrefix ?? '' } }),
    () => {
      setOpen(false);
      refresh();
    },
  );
  return (
    <PageContainer
      title={t('protection.rules.title')}
      extra={
        <>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => edit()}>
            {t('protection.rules.override')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/protection/deadline-rules/export.xlsx').catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Alert type="info" showIcon title={t('protection.rules.intro')} style={{ marginBottom: 16 }} />
      <Table<DeadlineRule>
        rowKey="id"
        size="small"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        columns={[
          { title: t('protection.rules.code'), dataIndex: 'code', width: 180, render: (c: DeadlineRule['code']) => label(DEADLINE_CODES[c].label) },
          { title: t('protection.rules.region'), dataIndex: 'regionName', width: 90, render: (n: string, r) => (r.regionPrefix ? <Tag color="blue">{n}</Tag> : n) },
          { title: t('protection.rules.starts'), dataIndex: 'starts', width: 150 },
          { title: t('protection.rules.length'), key: 'len', width: 100, render: (_: unknown, r) => `${r.length} ${label(DeadlineUnitLabels[r.unit])}` },
          { title: t('protection.rules.extension'), dataIndex: 'extensionLength', width: 80, render: (n: number | null, r) => (n ? `${n} ${label(DeadlineUnitLabels[r.unit])}` : '—') },
          { title: t('protection.rules.pauses'), dataIndex: 'pauses', width: 140, render: (p: string | null) => p ?? '—' },
          { title: t('protection.rules.citation'), dataIndex: 'citation' },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, r) => (
              <Space>
                {canEdit(r) && <a onClick={() => edit(r)}>{t('common.edit')}</a>}
                {r.regionPrefix && canEdit(r) && (
                  <Popconfirm title={t('common.confirmDelete')} onConfirm={() => void api.delete('/protection/deadline-rules/{id}', { params: { path: { id: r.id } } }).then(refresh).catch((e: Error) => message.error(e.message))}>
                    <a>{t('common.delete')}</a>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('protection.rules.override')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="code" label={t('protection.rules.code')} rules={[zodRule(shape.code)]}>
            <Select options={DEADLINE_CODE_LIST.map((c) => ({ value: c, label: label(DEADLINE_CODES[c].label) }))} />
          </Form.Item>
          <Form.Item name="regionPrefix" label={t('protection.rules.regionPrefix')} extra={t('protection.rules.regionPrefixHint')} rules={[zodRule(shape.regionPrefix)]}>
            <Input count={{ max: 6 }} />
          </Form.Item>
          <Space>
            <Form.Item name="length" label={t('protection.rules.length')} rules={[zodRule(shape.length)]}>
              <InputNumber min={1} max={366} />
            </Form.Item>
            <Form.Item name="unit" label={t('protection.rules.unit')} rules={[zodRule(shape.unit)]}>
              <Select style={{ width: 140 }} options={DEADLINE_UNITS.map((u) => ({ value: u, label: label(DeadlineUnitLabels[u]) }))} />
            </Form.Item>
            <Form.Item name="extensionLength" label={t('protection.rules.extension')}>
              <InputNumber min={1} max={366} />
            </Form.Item>
          </Space>
          <Form.Item name="pauses" label={t('protection.rules.pauses')}>
            <Input count={{ max: 200 }} />
          </Form.Item>
          <Form.Item name="citation" label={t('protection.rules.citation')} rules={[zodRule(shape.citation)]}>
            <Input.TextArea rows={2} count={{ max: 200 }} />
          </Form.Item>
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
