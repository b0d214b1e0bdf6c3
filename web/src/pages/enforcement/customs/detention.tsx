import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Modal, Result, Row, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LimitCodeLabels } from '../../../../../common/enforcement';
import { type DetentionAction, DetentionKindLabels, DetentionStatusLabels } from '../../../../../common/enforcement-agency';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { applyApiError, validValues } from '../../../components/forms';
import { moneyRule, yuanToFen } from '../../../components/money';
import { MoneyInput } from '../../../components/MoneyInput';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { LimitsCard, fmtYuan, useAgentLabel, useHistoryFields } from '../shared';

type ActionName = DetentionAction['action'];

/** One detention: its limits (the holder's 3 working days, 20 or 50 working days awaiting a court order), customs' steps and the outcome. */
export default function DetentionDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const historyFields = useHistoryFields();
  const { message } = App.useApp();
  const agent = useAgentLabel();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ on?: Dayjs; bondYuan?: string }>();
  const [action, setAction] = useState<ActionName | null>(null);
  const [saving, setSaving] = useState(false);
  const key = ['enforcement', 'detention', id];
  const { data: d, error } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/detentions/{id}', { params: { path: { id } } }) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!d) return null;
  const current = d.limits.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const submit = async () => {
    const v = await validValues(form);
    if (!v || !action) return;
    const on = v.on?.format('YYYY-MM-DD');
    const body: DetentionAction = action === 'apply' ? { action, on, bondFen: yuanToFen(v.bondYuan) } : { action, on };
    setSaving(true);
    try {
      qc.setQueryData(key, await api.post('/enforcement/detentions/{id}/actions', { params: { path: { id } }, body }));
      void qc.invalidateQueries({ queryKey: ['enforcement'] });
      void message.success(t('common.saved'));
      setAction(null);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  return (
    <PageContainer
      title={
        <Space wrap>
          {d.goods}
          <Tag color="blue">{label(DetentionStatusLabels[d.status])}</Tag>
        </Space>
      }
      crumbs={[{ title: t('menu.enforcement.detentions'), path: '/enforcement/detentions' }, { title: d.goods }]}
      extra={d.actions.map((a) => (
        <Button key={a} type={a === 'lapse' || a === 'release' ? 'default' : 'primary'} onClick={() => { form.resetFields(); form.setFieldsValue({ on: dayjs() }); setAction(a); }}>
          {t(`enforcement.detentionAction.${a}`)}
        </Button>
      ))}
      card={false}
    >
      {d.nextActor !== 'none' && (
        <Alert
          style={{ marginBottom: 16 }}
          type={d.overdue ? 'error' : 'info'}
          showIcon
          title={
            <Space wrap>
              <span>{t('enforcement.case.next', { who: agent(d.nextActor) })}</span>
              {current && <span>{t('enforcement.case.dueBy', { what: label(LimitCodeLabels[current.code]), due: current.dueOn })}</span>}
            </Space>
          }
        />
      )}
      <div style={{ marginBottom: 16 }}>
        <LimitsCard limits={d.limits} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Card title={t('enforcement.case.overview')} size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('enforcement.detentions.kind')}>{label(DetentionKindLabels[d.kind])}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.customs')}>{d.customs.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.recordals.holder')} span={2}>{d.holder.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.goods')}>{d.goods}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.quantity')}>{d.quantity.toLocaleString('zh-CN')}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.valueYuan')}>{fmtYuan(d.declaredValueFen)}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.bondYuan')}>{fmtYuan(d.bondFen)}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.notifiedOn')}>{d.notifiedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.appliedOn')}>{d.appliedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.detainedOn')}>{d.detainedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.detentions.outcomeOn')}>{d.outcomeOn ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card title={t('enforcement.history')} size="small">
            <HistoryTimeline fieldLabels={historyFields} path="/enforcement/detentions/{id}/history" id={d.id} />
          </Card>
        </Col>
      </Row>
      <Modal open={!!action} title={action ? t(`enforcement.detentionAction.${action}`) : ''} onCancel={() => setAction(null)} onOk={() => void submit()} confirmLoading={saving} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <Form.Item name="on" label={t('enforcement.f.on')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
          {action === 'apply' && (
            <Form.Item name="bondYuan" label={t('enforcement.detentions.bondYuan')} rules={[moneyRule(true)]}>
              <MoneyInput style={{ width: 200 }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </PageContainer>
  );
}
