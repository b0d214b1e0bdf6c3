import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ASSIST_KINDS, type AssistCreate, AssistKindLabels, type BodyDetail, type BodyMemberAdd, CoopAreaLabels, LimitUnitLabels } from '../../../../../common/enforcement-cooperation';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { DateInput } from '../../../components/DateInput';
import { FormDrawer, useFormSave } from '../../../components/FormDrawer';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { RequestTable } from './RequestTable';

type Figure = BodyDetail['figures'][number];

/** A member office asks another member of the body to act. */
function RequestDrawer({ body, open, onClose }: { body: BodyDetail; open: boolean; onClose: () => void }) {
  const { t, label } = useI18n();
  const { me } = useSession();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AssistCreate>();
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/cooperation/bodies/{id}/requests', { params: { path: { id: body.id } }, body: v }), () => {
    onClose();
    void queryClient.invalidateQueries({ queryKey: ['enforcement-coop'] });
  });
  return (
    <FormDrawer open={open} onClose={onClose} title={t('enforcement.coop.request.new')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="toOrgId" label={t('enforcement.coop.request.to')} rules={[{ required: true }]}>
          <Select options={body.members.filter((m) => m.org.id !== me?.org.id).map((m) => ({ value: m.org.id, label: m.org.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('enforcement.coop.request.kind')} rules={[{ required: true }]}><Select options={ASSIST_KINDS.map((k) => ({ value: k, label: label(AssistKindLabels[k]) }))} /></Form.Item>
        <Form.Item name="subject" label={t('enforcement.coop.request.subject')} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="detail" label={t('enforcement.coop.request.detail')} rules={[{ required: true }]}><Input.TextArea rows={4} /></Form.Item>
        <Form.Item name="sentOn" label={t('enforcement.coop.request.sentOn')}><DateInput /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** A member office admits another office. */
function MemberDrawer({ body, open, onClose, done }: { body: BodyDetail; open: boolean; onClose: () => void; done: (b: BodyDetail) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<BodyMemberAdd>();
  const { saving, submit } = useFormSave(form, (v) => api.post('/enforcement/cooperation/bodies/{id}/members', { params: { path: { id: body.id } }, body: v }), (b) => { onClose(); done(b); });
  return (
    <FormDrawer open={open} onClose={onClose} title={t('enforcement.coop.addMember')} saving={saving} onSave={() => void submit()}>
      <Form form={form} layout="vertical">
        <Form.Item name="orgId" label={t('enforcement.coop.members')} rules={[{ required: true }]}><OrgPicker /></Form.Item>
        <Form.Item name="joinedOn" label={t('enforcement.coop.joinedOn')} rules={[{ required: true }]}><DateInput /></Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** One cooperation body: agreement, members, deadlines, joint figures and the requests between its members. */
export default function CooperationBodyPage() {
  const { id = '' } = useParams();
  const { t, label } = useI18n();
  const queryClient = useQueryClient();
  const key = ['enforcement-coop', 'body', id];
  const { data: b, isLoading } = useQuery({ queryKey: key, queryFn: () => api.get('/enforcement/cooperation/bodies/{id}', { params: { path: { id } } }) });
  const [drawer, setDrawer] = useState<'request' | 'member' | null>(null);
  const days = (v: number | null) => (v === null ? '—' : t('enforcement.stats.days', { n: v }));
  return (
    <PageContainer title={b?.name ?? t('enforcement.coop.bodies')} crumbs={[{ title: t('enforcement.coop.bodies'), path: '/enforcement/cooperation' }]} card={false}>
      {isLoading && <Card loading />}
      {b && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card extra={<Space>{b.canManage && <Button icon={<PlusOutlined />} onClick={() => setDrawer('member')}>{t('enforcement.coop.addMember')}</Button>}{b.canRequest && <Button type="primary" onClick={() => setDrawer('request')}>{t('enforcement.coop.request.new')}</Button>}</Space>}>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('enforcement.coop.area')}>{label(CoopAreaLabels[b.area])}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.coop.agreement')}>{b.agreementTitle}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.coop.signedOn')}>{b.agreementSignedOn}</Descriptions.Item>
              <Descriptions.Item label={t('enforcement.coop.agreementSummary')} span={3}>{b.agreementSummary ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('enforcement.coop.figures')} size="small">
            <Table<Figure> rowKey={(f) => f.org.id} size="small" pagination={false} dataSource={b.figures} scroll={{ x: 900 }} columns={[
              { title: t('enforcement.coop.members'), dataIndex: ['org', 'name'] },
              { title: t('enforcement.coop.sent'), dataIndex: 'sent', width: 80, align: 'right' },
              { title: t('enforcement.coop.received'), dataIndex: 'received', width: 80, align: 'right' },
              { title: t('enforcement.coop.answered'), dataIndex: 'answered', width: 80, align: 'right' },
              { title: t('enforcement.coop.inTime'), dataIndex: 'answeredInTime', width: 90, align: 'right' },
              { title: t('enforcement.coop.open'), dataIndex: 'open', width: 80, align: 'right' },
              { title: t('enforcement.coop.overdue'), dataIndex: 'overdue', width: 100, align: 'right', render: (v: number) => (v ? <Tag color="error">{v}</Tag> : v) },
              { title: t('enforcement.coop.averageDays'), dataIndex: 'averageDays', width: 120, align: 'right', render: days },
            ]} />
          </Card>
          <Card title={t('enforcement.coop.members')} size="small">
            <Table rowKey={(m) => m.org.id} size="small" pagination={false} dataSource={b.members} columns={[
              { title: t('enforcement.coop.members'), dataIndex: ['org', 'name'] },
              { title: t('enforcement.coop.joinedOn'), dataIndex: 'joinedOn', width: 120 },
            ]} />
          </Card>
          <Card title={t('enforcement.coop.limits')} size="small">
            <Table rowKey="kind" size="small" pagination={false} dataSource={b.limits} columns={[
              { title: t('enforcement.coop.request.kind'), dataIndex: 'kind', width: 160, render: (k: BodyDetail['limits'][number]['kind']) => label(AssistKindLabels[k]) },
              { title: t('enforcement.more.length'), width: 140, render: (_, l) => `${l.length} ${label(LimitUnitLabels[l.unit])}` },
              { title: t('enforcement.more.citation'), dataIndex: 'citation', render: (c: string, l) => <Space><Tag color={l.fromAgreement ? 'blue' : 'default'}>{t(l.fromAgreement ? 'enforcement.coop.fromAgreement' : 'enforcement.coop.default')}</Tag><Typography.Text type="secondary" style={{ fontSize: 12 }}>{c}</Typography.Text></Space> },
            ]} />
          </Card>
          <Card title={t('enforcement.coop.requests')} size="small"><RequestTable bodyId={b.id} /></Card>
          <Card title={t('enforcement.more.history')} size="small"><HistoryTimeline path="/enforcement/cooperation/bodies/{id}/history" id={id} /></Card>
          <RequestDrawer body={b} open={drawer === 'request'} onClose={() => setDrawer(null)} />
          <MemberDrawer body={b} open={drawer === 'member'} onClose={() => setDrawer(null)} done={(next) => queryClient.setQueryData(key, next)} />
        </Space>
      )}
    </PageContainer>
  );
}
