import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { type Rule, RuleUpdateSchema } from '../../../../../common/utilisation';
import { api } from '../../../app/api-client';
import { formatDateTime } from '../../../app/format';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { PageContainer } from '../../../components/PageContainer';
import { yuan } from '../format';

/** A rule's value as people write it: yuan for money, percent for basis points. */
function shown(r: Rule, t: (key: string, vars?: Record<string, string | number>) => string): string {
  switch (r.unit) {
    case 'fen':
      return `${yuan(r.value)} ${t('utilisation.rules.yuan')}`;
    case 'bp':
      return `${(r.value / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;
    case 'percent':
      return `${r.value}%`;
    case 'years':
      return t('utilisation.rules.years', { n: r.value });
    case 'workingDays':
      return t('utilisation.rules.workingDays', { n: r.value });
  }
}

interface Values {
  amount?: string;
  number?: number;
  source: string;
  citation: string;
}

/** The office changes a rule's value and the source and citation it follows. */
function RuleDrawer({ rule, onClose }: { rule: Rule; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const value = (v: Values) => (rule.unit === 'fen' ? yuanToFen(v.amount) : rule.unit === 'bp' ? Math.round((v.number ?? 0) * 100) : (v.number ?? 0));
  const { saving, submit } = useFormSave(form, (v) => api.put('/utilisation/rules/{code}', { params: { path: { code: rule.code } }, body: { value: value(v), source: v.source, citation: v.citation } }), () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['utilisation-rules'] });
  });
  const initial: Values = { amount: rule.unit === 'fen' ? String(rule.value / 100) : undefined, number: rule.unit === 'bp' ? rule.value / 100 : rule.value, source: rule.source, citation: rule.citation };
  return (
    <FormDrawer open onClose={onClose} title={rule.name} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={initial}>
        {rule.unit === 'fen' ? (
          <Form.Item name="amount" label={t('utilisation.rules.valueYuan')} rules={[moneyRule(true)]}><MoneyInput style={{ width: 220 }} /></Form.Item>
        ) : (
          <Form.Item name="number" label={t(rule.unit === 'bp' || rule.unit === 'percent' ? 'utilisation.rules.valuePercent' : 'utilisation.rules.value')} rules={[{ required: true }]}>
            <InputNumber min={0} max={rule.unit === 'bp' || rule.unit === 'percent' ? 100 : 1000} precision={rule.unit === 'bp' ? 2 : 0} style={{ width: 160 }} />
          </Form.Item>
        )}
        <Form.Item name="source" label={t('utilisation.rules.source')} rules={[zodRule(RuleUpdateSchema.shape.source)]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="citation" label={t('utilisation.rules.citation')} rules={[zodRule(RuleUpdateSchema.shape.citation)]}><Input.TextArea rows={2} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The open-licence rules the declarations are checked against: fee caps, the shortest term, the annual-fee reduction, the reply time. */
export default function UtilisationRulesPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [editing, setEditing] = useState<Rule | null>(null);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-rules'], queryFn: () => api.get('/utilisation/rules') });
  const manage = hasRole(['office', 'admin']);
  return (
    <PageContainer title={t('utilisation.rules.title')}>
      <Table<Rule>
        rowKey="code"
        loading={isFetching}
        dataSource={data}
        pagination={false}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('utilisation.rules.name'), dataIndex: 'name', width: 260 },
          { title: t('utilisation.rules.value'), key: 'value', width: 160, align: 'right', render: (_: unknown, r) => shown(r, t) },
          { title: t('utilisation.rules.source'), dataIndex: 'source', width: 360 },
          { title: t('utilisation.rules.citation'), dataIndex: 'citation', width: 220 },
          { title: t('utilisation.rules.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => formatDateTime(v) },
          ...(manage ? [{ title: t('common.actions'), key: 'a', width: 90, render: (_: unknown, r: Rule) => <Button size="small" onClick={() => setEditing(r)}>{t('utilisation.rules.edit')}</Button> }] : []),
        ]}
      />
      {editing && <RuleDrawer rule={editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}
