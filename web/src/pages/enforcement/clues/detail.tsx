import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, Modal, Result, Row, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ClueStateLabels } from '../../../../../common/enforcement-agency';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';
import { applyApiError, validValues } from '../../../components/forms';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { PageContainer } from '../../../components/PageContainer';
import { LimitsCard, useHistoryFields } from '../shared';

/** One clue: its evidence, the receiver's limits, acknowledging and answering it. */
export default function ClueDetailPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const historyFields = useHistoryFields();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ on?: Dayjs; answer?: string }>();
  const [action, setAction] = useState<'acknowledge' | 'answer' | null>(null);
  const [saving, setSaving] = useState(false);
  const key = ['enforcement', 'clue', id];
  const { data: c, error } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/clues/{id}', { params: { path: { id } } }) });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!c) return null;
  const submit = async () => {
    const v = await validValues(form);
    if (!v || !action) return;
    setSaving(true);
    try {
      const on = v.on?.format('YYYY-MM-DD');
      const updated = await api.post('/enforcement/clues/{id}/actions', { params: { path: { id } }, body: action === 'answer' ? { action, on, answer: v.answer ?? '' } : { action, on } });
      qc.setQueryData(key, updated);
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
          {c.title}
          <Tag color={c.state === 'answered' ? 'green' : 'orange'}>{label(ClueStateLabels[c.state])}</Tag>
          {c.overdue && !c.answeredOn && <Tag color="error">{t('enforcement.overdue')}</Tag>}
        </Space>
      }
      crumbs={[{ title: t('menu.enforcement.clues'), path: '/enforcement/clues' }, { title: c.title }]}
      extra={c.actions.map((a) => (
        <Button
          key={a}
          type="primary"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ on: dayjs() });
            setAction(a);
          }}
        >
          {t(`enforcement.clueAction.${a}`)}
        </Button>
      ))}
      card={false}
    >
      <div style={{ marginBottom: 16 }}>
        <LimitsCard limits={c.limits} />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('enforcement.case.overview')} size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label={t('enforcement.clues.from')}>{c.from.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.to')}>{c.to.name}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.passedOn')}>{c.passedOn}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.acknowledgedOn')}>{c.acknowledgedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.body')} span={2}>{c.body}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.evidence')} span={2}>
                {c.evidence.length === 0 ? '—' : (
                  <Space orientation="vertical" size={4}>
                    {c.evidence.map((e) => (
                      <Button key={e.id} size="small" type="link" icon={<DownloadOutlined />} onClick={() => void api.download('/enforcement/clues/{id}/files/{childId}', { path: { id, childId: e.id } }, e.name).catch((x: Error) => message.error(x.message))}>
                        {e.name}
                      </Button>
                    ))}
                  </Space>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.answeredOn')}>{c.answeredOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.clues.answer')} span={2}>{c.answer ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('enforcement.history')} size="small">
            <HistoryTimeline fieldLabels={historyFields} path="/enforcement/clues/{id}/history" id={c.id} />
          </Card>
        </Col>
      </Row>
      <Modal open={!!action} title={action ? t(`enforcement.clueAction.${action}`) : ''} onCancel={() => setAction(null)} onOk={() => void submit()} confirmLoading={saving} okText={t('common.confirm')} cancelText={t('common.cancel')} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <Form.Item name="on" label={t('enforcement.f.on')} rules={[{ required: true }, dateRule()]}>
            <DateInput />
          </Form.Item>
          {action === 'answer' && (
            <Form.Item name="answer" label={t('enforcement.clues.answer')} rules={[{ required: true, whitespace: true, message: t('common.fillField', { field: t('enforcement.clues.answer') }) }]}>
              <Input.TextArea rows={4} count={{ show: true, max: 2000 }} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </PageContainer>
  );
}
