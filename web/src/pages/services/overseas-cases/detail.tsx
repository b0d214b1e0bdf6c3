import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { COUNTRY_LABELS, DisputeKindLabels, type Expert, OVERSEAS_OUTCOMES, OVERSEAS_STATUSES, OverseasOutcomeLabels, OverseasRightKindLabels, OverseasStatusLabels } from '../../../../../common/services-overseas';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { wan } from './index';

interface WorkValues { status: (typeof OVERSEAS_STATUSES)[number]; experts: Expert[]; responsePlan?: string; outcome?: (typeof OVERSEAS_OUTCOMES)[number] | null; outcomeNote?: string; closedOn?: Dayjs | null }

/** One overseas-dispute case: the deadline abroad, the experts, the plan and the outcome; the office works it here. */
export default function OverseasCaseDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<WorkValues>();
  const key = ['services-overseas-case', id];
  const { data: c, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/services/overseas-cases/{id}', { params: { path: { id } } }) });
  const save = async (v: WorkValues) => {
    try {
      const next = await api.patch('/services/overseas-cases/{id}', { params: { path: { id } }, body: { status: v.status, experts: v.experts ?? [], responsePlan: v.responsePlan ?? null, outcome: v.outcome ?? null, outcomeNote: v.outcomeNote ?? null, closedOn: v.closedOn ? v.closedOn.format('YYYY-MM-DD') : null } });
      queryClient.setQueryData(key, next);
      void queryClient.invalidateQueries({ queryKey: ['history'] });
      setEditing(false);
    } catch (e) {
      const text = applyApiError(form, e);
      if (text) message.error(text);
    }
  };
  return (
    <PageContainer title={c ? `${c.number} ${c.enterpriseName}` : t('services.os.title')} crumbs={[{ title: t('services.os.title'), path: '/services/overseas-cases' }]} card={false} extra={c?.canManage && <Button type="primary" onClick={() => setEditing(true)}>{t('services.os.edit')}</Button>}>
      {isLoading && <Card loading />}
      {c && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('services.os.country')}>{COUNTRY_LABELS[c.country] ? label(COUNTRY_LABELS[c.country]) : c.country}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.kind')}>{label(DisputeKindLabels[c.disputeKind])}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.rightKind')}>{label(OverseasRightKindLabels[c.rightKind])}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.opponent')}>{c.opponent}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.amount')}>{wan(c.amountFen)}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.status')}>{label(OverseasStatusLabels[c.status])}{c.outcome && `（${label(OverseasOutcomeLabels[c.outcome])}）`}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.openedOn')}>{c.openedOn}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.guidanceDue')}>{c.guidanceDueOn}</Descriptions.Item>
              <Descriptions.Item label={t('services.os.deadlineAbroad')}>{c.deadlineAbroad ?? '—'}{c.deadlineNote && <Typography.Text type="secondary">（{c.deadlineNote}）</Typography.Text>}</Descriptions.Item>
              <Descriptions.Item label={t('services.req.dueRule')} span={3}>{c.guidanceRule.name}（{c.guidanceRule.citation}）</Descriptions.Item>
              <Descriptions.Item label={t('services.os.summary')} span={3}>{c.summary}</Descriptions.Item>
              {c.responsePlan && <Descriptions.Item label={t('services.os.plan')} span={3}>{c.responsePlan}</Descriptions.Item>}
              {c.outcomeNote && <Descriptions.Item label={t('services.os.outcomeNote')} span={3}>{c.outcomeNote}{c.closedOn && `（${c.closedOn}）`}</Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card title={t('services.os.experts')} size="small">
            <Table<Expert> rowKey="name" size="small" pagination={false} dataSource={c.experts} columns={[
              { title: t('services.os.expertName'), dataIndex: 'name', width: 120 },
              { title: t('services.os.expertOrg'), dataIndex: 'organisation' },
              { title: t('services.os.expertField'), dataIndex: 'field', width: 200 },
            ]} />
          </Card>
          <Card title={t('services.os.history')} size="small"><HistoryTimeline path="/services/overseas-cases/{id}/history" id={id} /></Card>
        </Space>
      )}
      {c && (
        <Modal open={editing} title={t('services.os.edit')} onCancel={() => setEditing(false)} onOk={() => form.submit()} okText={t('common.save')} cancelText={t('common.cancel')} destroyOnHidden width={720}>
          <Form form={form} layout="vertical" onFinish={(v) => void save(v)} initialValues={{ status: c.status, experts: c.experts, responsePlan: c.responsePlan ?? undefined, outcome: c.outcome, outcomeNote: c.outcomeNote ?? undefined, closedOn: c.closedOn ? dayjs(c.closedOn) : null }}>
            <Form.Item name="status" label={t('services.os.status')}><Select options={OVERSEAS_STATUSES.map((s) => ({ value: s, label: label(OverseasStatusLabels[s]) }))} /></Form.Item>
            <Form.List name="experts">
              {(fields, { add, remove }) => (
                <Form.Item label={t('services.os.experts')} style={{ marginBottom: 8 }}>
                  {fields.map((field) => (
                    <Space key={field.key} wrap align="baseline">
                      <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: '必填' }]}><Input placeholder={t('services.os.expertName')} style={{ width: 110 }} /></Form.Item>
                      <Form.Item name={[field.name, 'organisation']} rules={[{ required: true, message: '必填' }]}><Input placeholder={t('services.os.expertOrg')} style={{ width: 230 }} /></Form.Item>
                      <Form.Item name={[field.name, 'field']} rules={[{ required: true, message: '必填' }]}><Input placeholder={t('services.os.expertField')} style={{ width: 170 }} /></Form.Item>
                      <MinusCircleOutlined onClick={() => remove(field.name)} aria-label="remove" />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('services.os.addExpert')}</Button>
                </Form.Item>
              )}
            </Form.List>
            <Form.Item name="responsePlan" label={t('services.os.plan')}><Input.TextArea rows={3} maxLength={4000} /></Form.Item>
            <Form.Item name="outcome" label={t('services.os.outcome')}><Select allowClear options={OVERSEAS_OUTCOMES.map((s) => ({ value: s, label: label(OverseasOutcomeLabels[s]) }))} /></Form.Item>
            <Form.Item name="outcomeNote" label={t('services.os.outcomeNote')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
            <Form.Item name="closedOn" label={t('services.os.closedOn')}><DatePicker style={{ width: '100%' }} /></Form.Item>
          </Form>
        </Modal>
      )}
    </PageContainer>
  );
}
