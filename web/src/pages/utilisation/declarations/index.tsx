import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { type Declaration, DeclarationStatusLabels, DECLARATION_STATUSES, FIELDS, FieldLabels, PAY_KINDS, PatentKindLabels, PayKindLabels } from '../../../../../common/utilisation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { ImportModal } from '../../../components/ImportModal';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { applyApiError } from '../../../components/forms';
import { useListQuery } from '../../../components/useListQuery';
import { termsOf, yuan } from '../format';

interface FormValues {
  holderOrgId: string;
  patentNo: string;
  field: Declaration['field'];
  payKind: Declaration['payKind'];
  ratePercent?: number;
  lumpSumYuan?: number;
  term: [Dayjs, Dayjs];
  evaluationReportNo?: string;
  fieldOfUse?: string;
  annualFeeYuan?: number;
}

/** Open-licence declarations: holders and the office declare, withdraw, list in bulk from Excel. */
export default function DeclarationsPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { me, hasRole } = useSession();
  const qc = useQueryClient();
  const [drawer, setDrawer] = useState(false);
  const [importing, setImporting] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const office = hasRole(['office', 'admin']);
  const list = useListQuery('/utilisation/declarations', { sort: 'declaredOn', order: 'desc' }, ['status', 'field']);
  const { data, isFetching } = useQuery({ queryKey: ['utilisation-declarations', list.query], queryFn: () => api.get('/utilisation/declarations', { params: { query: list.query } }) });
  const f = list.params.filters;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['utilisation-declarations'] });
  const payKind = Form.useWatch('payKind', form);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await api.post('/utilisation/declarations', {
        body: {
          holderOrgId: office ? v.holderOrgId : me!.org.id,
          patentNo: v.patentNo,
          field: v.field,
          payKind: v.payKind,
          rateBp: v.ratePercent === undefined ? null : Math.round(v.ratePercent * 100),
          lumpSumFen: v.lumpSumYuan === undefined ? null : Math.round(v.lumpSumYuan * 100),
          termFrom: v.term[0].format('YYYY-MM-DD'),
          termTo: v.term[1].format('YYYY-MM-DD'),
          evaluationReportNo: v.evaluationReportNo || null,
          fieldOfUse: v.fieldOfUse || null,
          annualFeeFen: Math.round((v.annualFeeYuan ?? 0) * 100),
        },
      });
      message.success(t('utilisation.declare.done'));
      setDrawer(false);
      refresh();
    } catch (err) {
      const m = applyApiError(form, err);
      if (m) message.error(m);
    }
  };
  const withdraw = async (id: string) => {
    try {
      await api.post('/utilisation/declarations/{id}/withdraw', { params: { path: { id } }, body: { reason: t('utilisation.withdraw.reason') } });
      refresh();
    } catch (err) {
      message.error((err as Error).message);
    }
  };

  return (
    <PageContainer
      title={t('utilisation.declarations.title')}
      extra={
        <Space wrap>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); setDrawer(true); }}>{t('utilisation.declare')}</Button>
          <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>{t('utilisation.declarations.import')}</Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/utilisation/declarations/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>{t('common.export')}</Button>
        </Space>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('utilisation.catalogue.search')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 280 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('utilisation.status')} value={list.text('status')} onChange={(status?: string) => list.setFilters({ ...f, status })} options={DECLARATION_STATUSES.map((v) => ({ value: v, label: label(DeclarationStatusLabels[v]) }))} style={{ width: 150 }} aria-label={t('utilisation.status')} />
        <Select allowClear placeholder={t('utilisation.field')} value={list.text('field')} onChange={(field?: string) => list.setFilters({ ...f, field })} options={FIELDS.map((v) => ({ value: v, label: label(FieldLabels[v]) }))} style={{ width: 170 }} aria-label={t('utilisation.field')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <Table<Declaration>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Declaration>(data?.total, t)}
        scroll={{ x: 1200 }}
        columns={[
          { title: t('utilisation.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, r) => <><div>{v}</div><small>{r.patentNo} · {label(PatentKindLabels[r.patentType])} · {r.mainIpc}</small></> },
          { title: t('utilisation.holder'), dataIndex: 'holderName', width: 220 },
          { title: t('utilisation.terms'), key: 'terms', width: 170, render: (_: unknown, r) => termsOf(t, label, r) },
          { title: t('utilisation.term'), key: 'term', width: 200, render: (_: unknown, r) => `${r.termFrom} ~ ${r.termTo}` },
          { title: t('utilisation.licences'), dataIndex: 'licences', width: 90, align: 'right' },
          { title: t('utilisation.feeReduction'), dataIndex: 'feeReductionFen', width: 130, align: 'right', render: (v: number) => yuan(v) },
          { title: t('utilisation.status'), dataIndex: 'status', width: 110, render: (v: Declaration['status']) => <Tag color={v === 'open' ? 'green' : 'default'}>{label(DeclarationStatusLabels[v])}</Tag> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, r) =>
              r.canManage && r.status === 'open' ? (
                <Popconfirm title={t('utilisation.withdraw.confirm')} onConfirm={() => void withdraw(r.id)}>
                  <Button size="small">{t('utilisation.withdraw')}</Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <Drawer open={drawer} onClose={() => setDrawer(false)} title={t('utilisation.declare')} width={Math.min(560, window.innerWidth)} extra={<Button type="primary" onClick={() => void submit()}>{t('common.save')}</Button>}>
        <Form form={form} layout="vertical" initialValues={{ payKind: 'royaltySales', field: 'newMaterials', term: [dayjs().add(7, 'day'), dayjs().add(2, 'year')] }}>
          {office && (
            <Form.Item name="holderOrgId" label={t('utilisation.holder')} rules={[{ required: true, message: t('utilisation.holder.required') }]}>
              <OrgPicker kinds={['university', 'enterprise']} />
            </Form.Item>
          )}
          <Form.Item name="patentNo" label={t('utilisation.patentNo')} rules={[{ required: true, message: t('utilisation.patentNo.required') }]}><Input /></Form.Item>
          <Form.Item name="field" label={t('utilisation.field')} rules={[{ required: true }]}><Select options={FIELDS.map((v) => ({ value: v, label: label(FieldLabels[v]) }))} /></Form.Item>
          <Form.Item name="payKind" label={t('utilisation.payKind')} rules={[{ required: true }]}><Select options={PAY_KINDS.map((v) => ({ value: v, label: label(PayKindLabels[v]) }))} /></Form.Item>
          {(payKind === 'royaltySales' || payKind === 'royaltyProfit') && <Form.Item name="ratePercent" label={t('utilisation.rate')} rules={[{ required: true }]}><InputNumber min={0.01} max={100} step={0.5} addonAfter="%" /></Form.Item>}
          {payKind === 'lumpSum' && <Form.Item name="lumpSumYuan" label={t('utilisation.lumpSum')} rules={[{ required: true }]}><InputNumber min={0.01} style={{ width: 220 }} addonAfter={t('utilisation.yuan')} /></Form.Item>}
          <Form.Item name="term" label={t('utilisation.term')} rules={[{ required: true, message: t('utilisation.term.required') }]}><DatePicker.RangePicker /></Form.Item>
          <Form.Item name="evaluationReportNo" label={t('utilisation.evaluationReportNo')} extra={t('utilisation.evaluationReportNo.help')}><Input /></Form.Item>
          <Form.Item name="fieldOfUse" label={t('utilisation.fieldOfUse')}><Input /></Form.Item>
          <Form.Item name="annualFeeYuan" label={t('utilisation.annualFee')}><InputNumber min={0} style={{ width: 220 }} addonAfter={t('utilisation.yuan')} /></Form.Item>
        </Form>
      </Drawer>
      <ImportModal open={importing} onClose={() => setImporting(false)} title={t('utilisation.declarations.import')} template="/utilisation/declarations/import-template.xlsx" upload="/utilisation/declarations/import" onImported={refresh} />
    </PageContainer>
  );
}
