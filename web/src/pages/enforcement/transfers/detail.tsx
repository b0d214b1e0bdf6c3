import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LimitCodeLabels } from '../../../../../common/enforcement';
import { type TransferAction, type TransferActionName, TransferStatusLabels } from '../../../../../common/enforcement-agency';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { applyApiError, validValues } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { LimitsCard, useAgentLabel, useHistoryFields } from '../shared';

type Values = { on?: Dayjs; approval?: string; reason?: string; decision?: 'open' | 'refuse'; criminalCaseNo?: string };
const DANGER = new Set<TransferActionName>(['notApprove']);

/** One transfer and its clock: the head's decision, the police's decision in writing, a reconsideration; the file sent with it. */
export default function TransferDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const historyFields = useHistoryFields();
  const { message } = App.useApp();
  const agent = useAgentLabel();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [action, setAction] = useState<TransferActionName | null>(null);
  const [saving, setSaving] = useState(false);
  const decision = Form.useWatch('decision', form);
  const key = ['enforcement', 'transfer', id];
  const { data: tr, error } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/transfers/{id}', { params: { path: { id } } }) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!tr) return null;
  const current = tr.limits.filter((l) => !l.metOn).sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  const start = (a: TransferActionName) => {
    form.resetFields();
    form.setFieldsValue({ on: dayjs(), decision: 'open' });
    setAction(a);
  };
  const submit = async () => {
    const v = await validValues(form);
    if (!v || !action) return;
    const on = v.on?.format('YYYY-MM-DD');
    const body: TransferAction =
      action === 'approve'
        ? { action, on, approval: v.approval ?? '' }
        : action === 'notApprove'
          ? { action, on, reason: v.reason ?? '' }
          : action === 'requestReconsideration'
            ? { action, on }
            : { action, on, decision: v.decision ?? 'open', criminalCaseNo: v.criminalCaseNo || null, reason: v.reason || null };
    setSaving(true);
    try {
      const updated = await api.post('/enforcement/transfers/{id}/actions', { params: { path: { id } }, body });
      void message.success(t('enforcement.action.done', { action: t(`enforcement.transferAction.${action}`) }));
      qc.setQueryData(key, updated);
      void qc.invalidateQueries({ queryKey: ['enforcement'] });
      setAction(null);
    } catch (err) {
      const text = applyApiError(form, err);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };
  const deciding = action === 'policeDecide' || action === 'reconsiderDecide';
  return (
    <PageContainer
      title={
        <Space wrap>
          {t('enforcement.transfer.titleOf', { caseNo: tr.caseNo })}
          <Tag color="blue" data-testid="transfer-status">{label(TransferStatusLabels[tr.status])}</Tag>
        </Space>
      }
      crumbs={[{ title: t('menu.enforcement.transfers'), path: '/enforcement/transfers' }, { title: tr.caseNo }]}
      card={false}
    >
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[16, 16]} align="middle">
          <Col flex="auto">
            {tr.nextActor !== 'none' ? (
              <Alert
                type={tr.overdue ? 'error' : 'info'}
                showIcon
                title={
                  <Space wrap>
                    <span data-testid="next-actor">{t('enforcement.case.next', { who: agent(tr.nextActor) })}</span>
                    {current && <span>{t('enforcement.case.dueBy', { what: label(LimitCodeLabels[current.code]), due: current.dueOn })}</span>}
                  </Space>
                }
              />
            ) : (
              <Alert type="success" showIcon title={t('enforcement.transfer.concluded')} />
            )}
          </Col>
          <Col>
            <Space wrap>
              {tr.actions.length === 0 && <Typography.Text type="secondary">{t('enforcement.case.noActions')}</Typography.Text>}
              {tr.actions.map((a) => (
                <Button key={a} type={DANGER.has(a) ? 'default' : 'primary'} danger={DANGER.has(a)} onClick={() => start(a)}>
                  {t(`enforcement.transferAction.${a}`)}
                </Button>
              ))}
            </Space>
          </Col>
        </Row>
      </Card>
      <div style={{ marginBottom: 16 }}>
        <LimitsCard limits={tr.limits} title={t('enforcement.transfer.clock')} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('enforcement.case.overview')} size="small">
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label={t('enforcement.field.caseNo')}>{tr.caseNo}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.field.party')}>{tr.partyName}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfers.from')}>{tr.from.name}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfer.police')}>{tr.police.name}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfer.reportedOn')}>{tr.reportedOn}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfer.headDecidedOn')}>{tr.headDecidedOn ?? '—'}</Descriptions.Item>
                {tr.headApproval && <Descriptions.Item label={t('enforcement.f.approval')} span={2}>{tr.headApproval}</Descriptions.Item>}
                {tr.notApprovedReason && <Descriptions.Item label={t('enforcement.transfer.notApprovedReason')} span={2}>{tr.notApprovedReason}</Descriptions.Item>}
                <Descriptions.Item label={t('enforcement.transfer.sentOn')}>{tr.sentOn ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfers.policeDecidedOn')}>{tr.policeDecidedOn ?? '—'}</Descriptions.Item>
                {tr.refusalReason && <Descriptions.Item label={t('enforcement.transfer.refusalReason')} span={2}>{tr.refusalReason}</Descriptions.Item>}
                {tr.reconsiderRequestedOn && <Descriptions.Item label={t('enforcement.transfer.reconsiderRequestedOn')}>{tr.reconsiderRequestedOn}</Descriptions.Item>}
                {tr.reconsiderDecidedOn && <Descriptions.Item label={t('enforcement.transfer.reconsiderDecidedOn')}>{tr.reconsiderDecidedOn}</Descriptions.Item>}
                <Descriptions.Item label={t('enforcement.transfer.criminalCaseNo')} span={2}>{tr.criminalCaseNo ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('enforcement.transfer.file')} span={2}>
                  <Space wrap>
                    {tr.fileName ?? '—'}
                    <Button size="small" icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/transfers/{id}/file', { path: { id } }, tr.fileName ?? 'file').catch((e: Error) => message.error(e.message))}>
                      {t('enforcement.download')}
                    </Button>
                  </Space>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small">
              <Link to={`/enforcement/cases/${tr.caseId}`}>{t('enforcement.transfer.openCase')}</Link>
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={11}>
          <Card title={t('enforcement.history')} size="small">
            <HistoryTimeline fieldLabels={historyFields} path="/enforcement/transfers/{id}/history" id={tr.id} />
          </Card>
        </Col>
      </Row>
      <Modal open={!!action} title={action ? t(`enforcement.transferAction.${action}`) : ''} onCancel={() => setAction(null)} onOk={() => void submit()} confirmLoading={saving} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden width={600}>
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <Form.Item name="on" label={t('enforcement.f.on')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
          {action === 'approve' && (
            <Form.Item name="approval" label={t('enforcement.transfer.approval')} required>
              <Input count={{ max: 200 }} />
            </Form.Item>
          )}
          {deciding && (
            <Form.Item name="decision" label={t('enforcement.transfer.decision')} rules={[{ required: true }]}>
              <Select options={[{ value: 'open', label: t('enforcement.transfer.decision.open') }, { value: 'refuse', label: t('enforcement.transfer.decision.refuse') }]} />
            </Form.Item>
          )}
          {deciding && decision === 'open' && (
            <Form.Item name="criminalCaseNo" label={t('enforcement.transfer.criminalCaseNo')}>
              <Input count={{ max: 200 }} />
            </Form.Item>
          )}
          {(action === 'notApprove' || (deciding && decision === 'refuse')) && (
            <Form.Item name="reason" label={t('enforcement.f.reason')} required>
              <Input.TextArea rows={3} count={{ show: true, max: 2000 }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </PageContainer>
  );
}
