import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Space, Tag, Typography } from 'antd';
import { type Meeting, MeetingOrgRoleLabels, RegistrationStatusLabels } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { ModeTag } from '../shared';
import { formatDateTime } from '../../../app/format';

/** The meeting's particulars, the online link when it is open to the caller, and the caller's own registration. */
export function OverviewTab({ meeting: m, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<{ name: string; title?: string }>();
  const register = useMutation({
    mutationFn: (v: { name: string; title?: string }) => api.post('/conference/meetings/{id}/registrations', { params: { path: { id: m.id } }, body: v }),
    onSuccess: (r) => {
      void message.success(r.status === 'waitlisted' ? t('reg.waitlistedMsg', { n: r.waitlistPosition ?? 0 }) : t('reg.registeredMsg'));
      onChanged();
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const cancel = useMutation({
    mutationFn: (regId: string) => api.post('/conference/meetings/{id}/registrations/{childId}/cancel', { params: { path: { id: m.id, childId: regId } } }),
    onSuccess: () => {
      void message.success(t('reg.cancelledMsg'));
      onChanged();
    },
    onError: (e) => void message.error(e.message),
  });
  const mine = m.myRegistration;
  const ended = m.status === 'scheduled' && !m.registrationOpen;
  const roles = (['host', 'organiser', 'coOrganiser'] as const).map((role) => ({ role, names: m.orgs.filter((o) => o.role === role).map((o) => o.orgName) })).filter((x) => x.names.length);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={15}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" styles={{ label: { whiteSpace: 'nowrap', width: 110 } }}>
          <Descriptions.Item label={t('meeting.startsAt')}>{formatDateTime(m.startsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.endsAt')}>{formatDateTime(m.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.venue')}>{m.venue ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.mode')}>
            <ModeTag mode={m.mode} />
          </Descriptions.Item>
          <Descriptions.Item label={t('meeting.region')}>{m.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('meeting.capacity')}>
            {m.capacity ?? t('meeting.unlimited')} · {t('meeting.registered')} {m.registered}
            {m.waitlisted > 0 && ` · ${t('reg.waitlisted')} ${m.waitlisted}`}
          </Descriptions.Item>
          {m.attendeeCount !== null && <Descriptions.Item label={t('meeting.attendeeCount')}>{m.attendeeCount}</Descriptions.Item>}
          {m.onlineAudience !== null && <Descriptions.Item label={t('meeting.onlineAudience')}>{m.onlineAudience.toLocaleString('zh-CN')}</Descriptions.Item>}
          {roles.map((r) => (
            <Descriptions.Item key={r.role} label={label(MeetingOrgRoleLabels[r.role])}>
              {r.names.join('、')}
            </Descriptions.Item>
          ))}
          {m.theme && (
            <Descriptions.Item label={t('meeting.theme')} span={2}>
              {m.theme}
            </Descriptions.Item>
          )}
          {m.summary && (
            <Descriptions.Item label={t('meeting.summary')} span={2}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.summary}</Typography.Paragraph>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Col>
      <Col xs={24} xl={9}>
        {m.hasOnlineUrl && (
          <Card size="small" title={t('meeting.online')} style={{ marginBottom: 16 }}>
            {m.onlineUrl ? (
              <Space orientation="vertical">
                <a href={m.onlineUrl} target="_blank" rel="noreferrer" data-testid="online-link">
                  {m.onlineUrl}
                </a>
                {m.canManage && <Typography.Text type="secondary">{t('meeting.onlineManagerNote', { at: formatDateTime(m.onlineUrlOpensAt) })}</Typography.Text>}
              </Space>
            ) : (
              <Alert type="info" showIcon title={m.invited ? t('meeting.onlineOpensAt', { at: formatDateTime(m.onlineUrlOpensAt) }) : t('meeting.onlineInviteesOnly')} />
            )}
          </Card>
        )}
        <Card size="small" title={t('reg.mine')}>
          {mine ? (
            <Space orientation="vertical">
              <div>
                <Tag color={mine.status === 'registered' ? 'green' : 'orange'}>{label(RegistrationStatusLabels[mine.status])}</Tag>
                {mine.status === 'waitlisted' && t('reg.position', { n: mine.waitlistPosition ?? 0 })}
              </div>
              {mine.status === 'registered' && (
                <Typography.Text>
                  {t('reg.code')}：<Typography.Text code strong data-testid="my-code">{mine.code}</Typography.Text>
                  {mine.checkedInAt && <Tag color="blue" style={{ marginLeft: 8 }}>{t('reg.checkedIn')}</Tag>}
                </Typography.Text>
              )}
              <Popconfirm title={t('reg.cancelConfirm')} onConfirm={() => cancel.mutate(mine.id)}>
                <Button danger size="small">
                  {t('reg.cancel')}
                </Button>
              </Popconfirm>
            </Space>
          ) : m.invited && m.status === 'scheduled' && !ended ? (
            <Form form={form} layout="vertical" initialValues={{ name: me?.displayName }} onFinish={(v) => register.mutate(v)}>
              <Form.Item name="name" label={t('reg.name')} rules={[{ required: true, message: t('reg.nameRequired') }]}>
                <Input count={{ max: 50 }} />
              </Form.Item>
              <Form.Item name="title" label={t('reg.title')}>
                <Input count={{ max: 100 }} />
              </Form.Item>
              {m.capacity !== null && m.registered >= m.capacity && <Alert type="warning" showIcon title={m.waitlist ? t('reg.fullWaitlist') : t('reg.fullNoWaitlist')} style={{ marginBottom: 12 }} />}
              <Button type="primary" htmlType="submit" loading={register.isPending}>
                {t('reg.submit')}
              </Button>
            </Form>
          ) : (
            <Typography.Text type="secondary">{m.status === 'cancelled' ? t('meeting.cancelled') : ended ? t('reg.ended') : t('reg.notInvited')}</Typography.Text>
          )}
        </Card>
      </Col>
    </Row>
  );
}
