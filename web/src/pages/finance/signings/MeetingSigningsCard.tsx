import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { SIGNING_KINDS, type Signing, type SigningKind, SigningKindLabels } from '../../../../../common/finance-securitisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { MoneyInput } from '../../../components/MoneyInput';
import { moneyRule, yuanToFen } from '../../../components/money';
import { OrgPicker } from '../../../components/OrgPicker';
import { wanIn } from '../money-format';

type SigningForm = { bankOrgId: string; enterpriseOrgId: string; kind: SigningKind; amount: string; signedOn: string; loanId?: string; note?: string };

/** The office's form for a signing: a loan signing picks one of the bank's loans to the enterprise. */
function SigningDrawer({ meetingId, open, onClose, onSaved }: { meetingId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t, label } = useI18n();
  const wanYuan = wanIn(t);
  const [form] = Form.useForm<SigningForm>();
  const kind = Form.useWatch('kind', form);
  const bankOrgId = Form.useWatch('bankOrgId', form);
  const enterpriseOrgId = Form.useWatch('enterpriseOrgId', form);
  const { data: loans } = useQuery({
    queryKey: ['finance-loans', 'signing', bankOrgId, enterpriseOrgId],
    queryFn: () => api.get('/finance/loans', { params: { query: { bankOrgId, enterpriseOrgId, pageSize: 50 } } }),
    enabled: kind === 'loan' && !!bankOrgId && !!enterpriseOrgId,
  });
  const { saving, submit } = useFormSave(
    form,
    (v) => api.post('/finance/meetings/{id}/signings', { params: { path: { id: meetingId } }, body: { bankOrgId: v.bankOrgId, enterpriseOrgId: v.enterpriseOrgId, kind: v.kind, amountFen: yuanToFen(v.amount), signedOn: v.signedOn, loanId: v.kind === 'loan' ? (v.loanId ?? null) : null, note: v.note || null } }),
    () => {
      form.resetFields();
      onClose();
      onSaved();
    },
  );
  return (
    <FormDrawer open={open} onClose={onClose} title={t('finance.sign.add')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical" initialValues={{ kind: 'loan' }}>
        <Form.Item name="kind" label={t('finance.sign.kind')}><Select options={SIGNING_KINDS.map((k) => ({ value: k, label: label(SigningKindLabels[k]) }))} /></Form.Item>
        <Form.Item name="bankOrgId" label={t('finance.sign.bank')} rules={[{ required: true }]}><OrgPicker kinds={['bank']} /></Form.Item>
        <Form.Item name="enterpriseOrgId" label={t('finance.sign.enterprise')} rules={[{ required: true }]}><OrgPicker kinds={['enterprise']} /></Form.Item>
        {kind === 'loan' && (
          <Form.Item name="loanId" label={t('finance.sign.loan')} extra={t('finance.sign.loanHint')} rules={[{ required: true }]}>
            <Select options={(loans?.items ?? []).map((l) => ({ value: l.id, label: `${l.contractNo} · ${wanYuan(l.amountFen)} · ${l.signedOn}` }))} />
          </Form.Item>
        )}
        <Form.Item name="amount" label={t('finance.sign.amount')} rules={[moneyRule(true)]}><MoneyInput /></Form.Item>
        <Form.Item name="signedOn" label={t('finance.sign.signedOn')} rules={[{ required: true }]}><DateInput style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="note" label={t('finance.sign.note')}><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** The pledge-financing signings of a meeting, as its outcomes, each loan linked to its page. */
export function MeetingSigningsCard({ meetingId }: { meetingId: string }) {
  const { t, label } = useI18n();
  const wanYuan = wanIn(t);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const key = ['finance-meeting-signings', meetingId];
  const { data } = useQuery({ queryKey: key, queryFn: () => api.get('/finance/meetings/{id}/signings', { params: { path: { id: meetingId } } }) });
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const remove = useMutation({ mutationFn: (id: string) => api.delete('/finance/signings/{id}', { params: { path: { id } } }), onSuccess: refresh, onError: (e: Error) => void message.error(e.message) });
  // Most meetings sign nothing: the card shows only when there is something, or to the office that records it.
  if (!data || (data.items.length === 0 && !data.canRecord)) return null;
  return (
    <Card size="small" title={t('finance.sign.title')} extra={data.canRecord && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>{t('finance.sign.add')}</Button>}>
      {data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('finance.sign.empty')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>{`${t('finance.sign.summary', { loans: data.loanCount, intentions: data.intentionCount })} ${wanYuan(data.totalFen)}`}</Typography.Paragraph>
          <Table<Signing>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={data.items}
            scroll={{ x: 800 }}
            columns={[
              { title: t('finance.sign.enterprise'), dataIndex: 'enterpriseName' },
              { title: t('finance.sign.bank'), dataIndex: 'bankName', width: 200 },
              { title: t('finance.sign.kind'), dataIndex: 'kind', width: 110, render: (k: SigningKind) => <Tag color={k === 'loan' ? 'blue' : 'default'}>{label(SigningKindLabels[k])}</Tag> },
              { title: t('finance.sign.amountShort'), dataIndex: 'amountFen', width: 130, align: 'right', render: (v: number) => wanYuan(v) },
              { title: t('finance.sign.loan'), dataIndex: 'loanContractNo', width: 150, render: (v: string | null, s) => (s.loanId && v ? <Link to={`/finance/loans/${s.loanId}`}>{v}</Link> : '—') },
              ...(data.canRecord
                ? [{ title: '', key: 'remove', width: 70, render: (_: unknown, s: Signing) => <Popconfirm title={t('finance.sign.removeConfirm')} onConfirm={() => remove.mutate(s.id)}><Button type="link" size="small" danger>{t('finance.sign.remove')}</Button></Popconfirm> }]
                : []),
            ]}
          />
        </>
      )}
      {data.canRecord && <SigningDrawer meetingId={meetingId} open={adding} onClose={() => setAdding(false)} onSaved={refresh} />}
    </Card>
  );
}
