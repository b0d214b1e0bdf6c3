import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { type Meeting, type Registration, type RegistrationStatus, RegistrationStatusLabels } from '../../../../../common/conference';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { applyApiError } from '../../../components/forms';
import { UnitsPicker } from '../shared';
import { formatDateTime } from '../../../app/format';

/** Invitations (organisers), registrations with the waitlist, and check-in by list or by code. */
export function RegistrationTab({ meeting: m, onChanged }: { meeting: Meeting; onChanged: () => void }) {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [invitees, setInvitees] = useState<string[]>([]);
  const [status, setStatus] = useState<RegistrationStatus | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [codeForm] = Form.useForm<{ code: string }>();
  const key = ['meetings', m.id, 'registrations', status, page];
  const { data: invitations = [] } = useQuery({ queryKey: ['meetings', m.id, 'invitations'], queryFn: () => api.get('/conference/meetings/{id}/invitations', { params: { path: { id: m.id } } }) });
  const { data: regs, isFetching } = useQuery({ queryKey: key, queryFn: () => api.get('/conference/meetings/{id}/registrations', { params: { path: { id: m.id }, query: { status, ...page } } }) });
  const changed = () => {
    void qc.invalidateQueries({ queryKey: ['meetings', m.id] });
    onChanged();
  };
  const onError = (e: Error) => void message.error(e.message);
  const invite = useMutation({
    mutationFn: (orgIds: string[]) => api.post('/conference/meetings/{id}/invitations', { params: { path: { id: m.id } }, body: { orgIds, personIds: [] } }),
    onSuccess: () => {
      setInvitees([]);
      void message.success(t('reg.invited'));
      changed();
    },
    onError,
  });
  const inviteMembers = async () => {
    const members = await api.get('/conference/members', { params: { query: { current: 'true', pageSize: 200 } } });
    invite.mutate(members.items.map((x) => x.orgId));
  };
  const uninvite = useMutation({ mutationFn: (id: string) => api.delete('/conference/meetings/{id}/invitations/{childId}', { params: { path: { id: m.id, childId: id } } }), onSuccess: changed, onError });
  const checkIn = useMutation({
    mutationFn: (regId: string) => api.post('/conference/meetings/{id}/registrations/{childId}/check-in', { params: { path: { id: m.id, childId: regId } } }),
    onSuccess: (r) => {
      void message.success(t('reg.checkedInMsg', { name: r.name }));
      changed();
    },
    onError,
  });
  const byCode = useMutation({
    mutationFn: (code: string) => api.post('/conference/meetings/{id}/check-in', { params: { path: { id: m.id } }, body: { code } }),
    onSuccess: (r) => {
      codeForm.resetFields();
      void message.success(t('reg.checkedInMsg', { name: r.name }));
      changed();
    },
    onError: (e) => {
      const text = applyApiError(codeForm, e);
      if (text) void message.error(text);
    },
  });
  const cancel = useMutation({ mutationFn: (regId: string) => api.post('/conference/meetings/{id}/registrations/{childId}/cancel', { params: { path: { id: m.id, childId: regId } } }), onSuccess: changed, onError });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card size="small" title={t('reg.invitations', { n: invitations.length })}>
        <Space wrap style={{ marginBottom: m.canManage ? 12 : 0 }}>
          {invitations.map((i) => (
            <Tag key={i.id} closable={m.canManage} onClose={(e) => { e.preventDefault(); uninvite.mutate(i.id); }}>
              {i.orgName}
              {i.personName ? ` · ${i.personName}` : ''}
            </Tag>
          ))}
        </Space>
        {m.canManage && (
          <Space wrap>
            <UnitsPicker id="invite-units" value={invitees} onChange={setInvitees} placeholder={t('reg.pickUnits')} style={{ minWidth: 360 }} />
            <Button type="primary" disabled={invitees.length === 0} loading={invite.isPending} onClick={() => invite.mutate(invitees)}>
              {t('reg.invite')}
            </Button>
            <Button onClick={() => void inviteMembers().catch(onError)}>{t('reg.inviteMembers')}</Button>
          </Space>
        )}
      </Card>
      <Card
        size="small"
        title={t('reg.list')}
        extra={
          m.canManage && (
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void api.download('/conference/meetings/{id}/registrations/export.xlsx', { path: { id: m.id }, query: { status } }).catch(onError)}>
              {t('common.export')}
            </Button>
          )
        }
      >
        <Space wrap className="filter-bar">
          <Select allowClear placeholder={t('reg.status')} value={status} onChange={setStatus} style={{ width: 140 }} options={(['registered', 'waitlisted', 'cancelled'] as const).map((s) => ({ value: s, label: label(RegistrationStatusLabels[s]) }))} />
          {m.canManage && (
            <Form form={codeForm} name="check-in" layout="inline" onFinish={(v) => byCode.mutate(v.code)}>
              <Form.Item name="code" rules={[{ required: true, message: t('reg.codeRequired') }]}>
                <Input placeholder={t('reg.codePlaceholder')} count={{ max: 6 }} style={{ width: 160, textTransform: 'uppercase' }} />
              </Form.Item>
              <Button htmlType="submit" loading={byCode.isPending}>
                {t('reg.checkInByCode')}
              </Button>
            </Form>
          )}
        </Space>
        <Table<Registration>
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={regs?.items}
          pagination={{ current: page.page, pageSize: page.pageSize, total: regs?.total, onChange: (p, s) => setPage({ page: p, pageSize: s }), showTotal: (n) => t('common.total', { total: n }) }}
          columns={[
            { title: t('reg.name'), dataIndex: 'name', width: 120 },
            { title: t('reg.title'), dataIndex: 'title', ellipsis: true },
            { title: t('reg.org'), dataIndex: 'orgName', width: 220, ellipsis: true },
            {
              title: t('reg.status'),
              dataIndex: 'status',
              width: 130,
              render: (s: Registration['status'], r) => (
                <Tag color={s === 'registered' ? 'green' : s === 'waitlisted' ? 'orange' : 'default'}>
                  {label(RegistrationStatusLabels[s])}
                  {r.waitlistPosition ? ` #${r.waitlistPosition}` : ''}
                </Tag>
              ),
            },
            { title: t('reg.code'), dataIndex: 'code', width: 90, render: (c: string | null) => (c ? <code>{c}</code> : '—') },
            { title: t('reg.registeredAt'), dataIndex: 'registeredAt', width: 150, render: (d: string) => formatDateTime(d) },
            { title: t('reg.checkedInAt'), dataIndex: 'checkedInAt', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              render: (_: unknown, r) =>
                r.status === 'cancelled' ? null : (
                  <Space>
                    {m.canManage && r.status === 'registered' && !r.checkedInAt && <a onClick={() => checkIn.mutate(r.id)}>{t('reg.checkIn')}</a>}
                    <Popconfirm title={t('reg.cancelConfirm')} onConfirm={() => cancel.mutate(r.id)}>
                      <a>{t('reg.cancel')}</a>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
