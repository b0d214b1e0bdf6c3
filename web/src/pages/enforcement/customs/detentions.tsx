import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type Detention, DETENTION_KINDS, DETENTION_STATUSES, DetentionCreateSchema, DetentionKindLabels, DetentionStatusLabels } from '../../../../../common/enforcement-agency';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { zodRule } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { PageContainer } from '../../../components/PageContainer';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useListQuery } from '../../../components/useListQuery';
import { AgencySelect, DueCell, fmtYuan, Second, useAgentLabel, useEnforcementView } from '../shared';

type Values = { kind: Detention['kind']; holderOrgId: string; recordalId?: string; goods: string; quantity: number; valueYuan: string; on: Dayjs; bondYuan?: string };
const shape = DetentionCreateSchema.shape;

/** Customs detentions: customs enters them and their outcomes, the holder follows its own, the office its region's. */
export default function DetentionListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const agent = useAgentLabel();
  const customs = useEnforcementView() === 'customs';
  const list = useListQuery('/enforcement/detentions', { sort: 'notifiedOn', order: 'desc' });
  const f = list.params.filters;
  const { data, isFetching } = useQuery({ queryKey: ['enforcement', 'detentions', list.query], queryFn: () => api.get('/enforcement/detentions', { params: { query: list.query } }) });
  const set = (patch: Record<string, string | undefined>) => list.setFilters({ ...f, ...patch });
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const holder = Form.useWatch('holderOrgId', form);
  const [open, setOpen] = useState(false);
  const { data: recordals } = useQuery({
    queryKey: ['enforcement', 'recordals', 'of', holder],
    queryFn: () => api.get('/enforcement/recordals', { params: { query: { pageSize: 100 } } }),
    enabled: open && customs,
  });
  const { saving, submit } = useFormSave(
    form,
    (v) =>
      api.post('/enforcement/detentions', {
        body: { kind: v.kind, holderOrgId: v.holderOrgId, recordalId: v.recordalId ?? null, goods: v.goods, quantity: v.quantity, declaredValueFen: yuanToFen(v.valueYuan), on: v.on.format('YYYY-MM-DD'), bondFen: v.bondYuan ? yuanToFen(v.bondYuan) : null },
      }),
    (d) => {
      setOpen(false);
      void qc.invalidateQueries({ queryKey: ['enforcement'] });
      void navigate(`/enforcement/detentions/${d.id}`);
    },
  );

  return (
    <PageContainer
      title={t('enforcement.detentions.title')}
      extra={
        <>
          {customs && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => { form.resetFields(); form.setFieldsValue({ kind: 'exOfficio', on: dayjs() }); setOpen(true); }}>
              {t('enforcement.detentions.new')}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/detentions/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('enforcement.detentions.search')} defaultValue={typeof f.q === 'string' ? f.q : ''} onSearch={(q) => set({ q })} style={{ width: 220 }} aria-label={t('common.keyword')} />
        <Select allowClear placeholder={t('enforcement.detentions.kind')} value={typeof f.kind === 'string' ? f.kind : undefined} onChange={(k?: string) => set({ kind: k })} options={DETENTION_KINDS.map((k) => ({ value: k, label: label(DetentionKindLabels[k]) }))} style={{ width: 160 }} aria-label={t('enforcement.detentions.kind')} />
        <Select allowClear placeholder={t('enforcement.field.status')} value={typeof f.status === 'string' ? f.status : undefined} onChange={(status?: string) => set({ status })} options={DETENTION_STATUSES.map((s) => ({ value: s, label: label(DetentionStatusLabels[s]) }))} style={{ width: 230 }} aria-label={t('enforcement.field.status')} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<Detention>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<Detention>(data?.total, t)}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('enforcement.detentions.goods'),
            dataIndex: 'goods',
            key: 'goods',
            ellipsis: true,
            render: (g: string, d) => (
              <>
                <Link to={`/enforcement/detentions/${d.id}`}>{g}</Link>
                <Second>{`${label(DetentionKindLabels[d.kind])} · ${t('enforcement.detentions.quantityOf', { n: d.quantity.toLocaleString('zh-CN') })}`}</Second>
              </>
            ),
          },
          { title: t('enforcement.recordals.holder'), key: 'holder', width: 200, ellipsis: true, render: (_: unknown, d) => d.holder.name },
          {
            title: t('enforcement.field.status'),
            dataIndex: 'status',
            key: 'status',
            width: 210,
            sorter: true,
            sortOrder: list.sortOrder('status'),
            render: (s: Detention['status'], d) => (
              <>
                <Tag color={s === 'detained' || s === 'notified' ? 'blue' : s === 'confiscated' ? 'red' : 'default'}>{label(DetentionStatusLabels[s])}</Tag>
                {d.nextActor !== 'none' && <Second>{`${t('enforcement.field.nextActor')}${t('enforcement.colon')}${agent(d.nextActor)}`}</Second>}
              </>
            ),
          },
          {
            title: t('enforcement.field.nextDue'),
            key: 'due',
            width: 150,
            render: (_: unknown, d) => <DueCell dueOn={d.limits.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0]?.dueOn ?? null} overdue={d.overdue} />,
          },
          { title: t('enforcement.detentions.valueYuan'), dataIndex: 'declaredValueFen', key: 'value', width: 130, align: 'right', render: (v: number) => fmtYuan(v) },
          { title: t('enforcement.detentions.notifiedOn'), dataIndex: 'notifiedOn', key: 'notifiedOn', width: 115, sorter: true, sortOrder: list.sortOrder('notifiedOn'), render: (v: string | null) => v ?? '—' },
          { title: t('enforcement.detentions.detainedOn'), dataIndex: 'detainedOn', key: 'detainedOn', width: 115, sorter: true, sortOrder: list.sortOrder('detainedOn'), render: (v: string | null) => v ?? '—' },
        ]}
      />
      <FormDrawer open={open} onClose={() => setOpen(false)} title={t('enforcement.detentions.new')} saving={saving} onSave={() => void submit()}>
        <Form form={form} layout="vertical">
          <Form.Item name="kind" label={t('enforcement.detentions.kind')} rules={[zodRule(shape.kind)]} extra={t(`enforcement.detentions.kindHint.${kind ?? 'exOfficio'}`)}>
            <Select options={DETENTION_KINDS.map((k) => ({ value: k, label: label(DetentionKindLabels[k]) }))} />
          </Form.Item>
          <Form.Item name="holderOrgId" label={t('enforcement.recordals.holder')} rules={[zodRule(shape.holderOrgId)]}>
            <AgencySelect kind="holder" />
          </Form.Item>
          <Form.Item name="recordalId" label={t('enforcement.detentions.recordal')}>
            <Select allowClear options={(recordals?.items ?? []).filter((r) => !holder || r.holder.id === holder).map((r) => ({ value: r.id, label: `${r.recordalNo} ${r.rightName}` }))} />
          </Form.Item>
          <Form.Item name="goods" label={t('enforcement.detentions.goods')} rules={[zodRule(shape.goods)]}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="quantity" label={t('enforcement.detentions.quantity')} rules={[zodRule(shape.quantity)]}>
              <InputNumber min={1} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="valueYuan" label={t('enforcement.detentions.valueYuan')} rules={[moneyRule(true)]}>
              <MoneyInput style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item name="on" label={t(kind === 'onApplication' ? 'enforcement.detentions.appliedOn' : 'enforcement.detentions.notifiedOn')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
          {kind === 'onApplication' && (
            <Form.Item name="bondYuan" label={t('enforcement.detentions.bondYuan')} rules={[moneyRule(true)]}>
              <MoneyInput style={{ width: 200 }} />
            </Form.Item>
          )}
        </Form>
      </FormDrawer>
    </PageContainer>
  );
}
