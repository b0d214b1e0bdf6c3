import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Modal, Result, Tabs } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ConferenceAccess } from '../../../../../common/conference';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { applyApiError } from '../../../components/forms';
import { OrgPicker } from '../../../components/OrgPicker';
import { PageContainer } from '../../../components/PageContainer';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { LiaisonsTab } from './LiaisonsTab';
import { MembersTab } from './MembersTab';
import { DateInput } from '../../../components/DateInput';
import { dateRule } from '../../../components/date-input';

/** The joint conference of the city: its office, member units with their position, and liaisons with their terms. */
export default function ConferenceBodyPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { me, hasRole } = useSession();
  const qc = useQueryClient();
  const canEdit = hasRole(ConferenceAccess.body);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ name: string; officeOrgId?: string | null; establishedOn?: Dayjs | null }>();
  const { data: c, error } = useQuery({ queryKey: ['conference'], queryFn: () => api.get('/conference'), retry: false });
  const save = useMutation({
    // Only editors can open the form, and being an editor takes a session, so `me` is there.
    mutationFn: (v: { name: string; officeOrgId?: string | null; establishedOn?: Dayjs | null }) => api.put('/conference', { body: { regionCode: c?.regionCode ?? me!.org.regionCode, name: v.name, officeOrgId: v.officeOrgId ?? null, establishedOn: v.establishedOn?.format('YYYY-MM-DD') ?? null } }),
    onSuccess: () => {
      setEditing(false);
      void qc.invalidateQueries({ queryKey: ['conference'] });
    },
    onError: (e) => {
      const text = applyApiError(form, e);
      if (text) void message.error(text);
    },
  });
  const missing = error instanceof ApiError && error.status === 404;
  if (error && !missing) return <Result status="error" title={error.message} />;

  return (
    <PageContainer
      title={c?.name ?? t('body.title')}
      card={false}
      extra={
        canEdit && (
          <Button icon={<EditOutlined />} onClick={() => { form.setFieldsValue({ name: c?.name ?? '', officeOrgId: c?.officeOrgId, establishedOn: c?.establishedOn ? dayjs(c.establishedOn) : null }); setEditing(true); }}>
            {missing ? t('body.create') : t('common.edit')}
          </Button>
        )
      }
    >
      {missing ? (
        <Card>
          <Result status="info" title={t('body.none')} />
        </Card>
      ) : (
        c && (
          <>
            <Card style={{ marginBottom: 16 }}>
              <Descriptions column={{ xs: 1, md: 4 }} size="small">
                <Descriptions.Item label={t('body.region')}>{c.regionName}</Descriptions.Item>
                <Descriptions.Item label={t('body.office')}>{c.officeOrgName ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('body.members')}>{c.memberCount}</Descriptions.Item>
                <Descriptions.Item label={t('body.liaisons')}>{c.liaisonCount}</Descriptions.Item>
              </Descriptions>
            </Card>
            <Card>
              <Tabs
                items={[
                  { key: 'members', label: t('body.members'), children: <MembersTab canEdit={canEdit} /> },
                  { key: 'liaisons', label: t('body.liaisons'), children: <LiaisonsTab canEdit={canEdit} /> },
                  // HistoryTimeline takes `…/{id}/history` routes; the conference's own has no id (the caller's region decides), so the id is left empty and unused.
                  { key: 'history', label: t('common.history'), children: <HistoryTimeline path="/conference/history" /> },
                ]}
              />
            </Card>
          </>
        )
      )}
      <Modal open={editing} title={t('body.edit')} onCancel={() => setEditing(false)} onOk={() => form.submit()} confirmLoading={save.isPending} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="name" label={t('body.name')} rules={[{ required: true, message: t('body.nameRequired') }]}>
            <Input count={{ max: 100 }} />
          </Form.Item>
          <Form.Item name="officeOrgId" label={t('body.office')}>
            <OrgPicker allowClear />
          </Form.Item>
          <Form.Item rules={[dateRule()]} name="establishedOn" label={t('body.established')}>
            <DateInput />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
