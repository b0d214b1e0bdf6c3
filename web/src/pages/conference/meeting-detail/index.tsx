import { DownloadOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Result, Tabs, Tag } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../../app/api';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { PageContainer } from '../../../components/PageContainer';
import { MeetingForm } from '../meeting-list/MeetingForm';
import { MeetingKindTag } from '../shared';
import { HistoryTimeline } from '../../../components/HistoryTimeline';
import { AgendaTab } from './AgendaTab';
import { AttendeesTab } from './AttendeesTab';
import { MinutesTab } from './MinutesTab';
import { OutcomesTab } from './OutcomesTab';
import { OverviewTab } from './OverviewTab';
import { RegistrationTab } from './RegistrationTab';
import { useState } from 'react';

/** One meeting: overview and registration, agenda, invitations and check-in, attendance, minutes, outcomes, history. */
export default function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { data: m, error } = useQuery({ queryKey: ['meetings', 'one', id], queryFn: () => api.get('/conference/meetings/{id}', { params: { path: { id } } }) });
  const cancel = useMutation({
    mutationFn: () => api.patch('/conference/meetings/{id}', { params: { path: { id } }, body: { status: 'cancelled' } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['meetings'] }),
    onError: (e) => void message.error(e.message),
  });
  if (error) return <Result status={error instanceof ApiError && error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!m) return null;
  const refresh = () => void qc.invalidateQueries({ queryKey: ['meetings'] });

  return (
    <PageContainer
      title={
        <>
          {m.title} <MeetingKindTag kind={m.kind} />
          {m.status === 'cancelled' && <Tag color="red">{t('meeting.cancelled')}</Tag>}
        </>
      }
      crumbs={[{ title: t('meeting.listTitle'), path: '/meetings' }, { title: m.title }]}
      extra={
        <>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/meetings/{id}/calendar.ics', { path: { id } }).catch((e: Error) => message.error(e.message))}>
            {t('meeting.ics')}
          </Button>
          {m.canManage && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
          {m.canManage && m.status === 'scheduled' && (
            <Popconfirm title={t('meeting.cancelConfirm')} onConfirm={() => cancel.mutate()}>
              <Button danger icon={<StopOutlined />}>
                {t('meeting.cancelMeeting')}
              </Button>
            </Popconfirm>
          )}
        </>
      }
    >
      <Tabs
        items={[
          { key: 'overview', label: t('meeting.tabOverview'), children: <OverviewTab meeting={m} onChanged={refresh} /> },
          { key: 'agenda', label: t('meeting.tabAgenda'), children: <AgendaTab meeting={m} /> },
          { key: 'registration', label: t('meeting.tabRegistration'), children: <RegistrationTab meeting={m} onChanged={refresh} /> },
          { key: 'attendees', label: t('meeting.tabAttendees'), children: <AttendeesTab meeting={m} /> },
          { key: 'minutes', label: t('meeting.tabMinutes'), children: <MinutesTab meeting={m} /> },
          { key: 'outcomes', label: t('meeting.tabOutcomes'), children: <OutcomesTab meeting={m} /> },
          { key: 'history', label: t('common.history'), children: <HistoryTimeline path="/conference/meetings/{id}/history" id={id} /> },
        ]}
      />
      <MeetingForm
        open={editing}
        meeting={m}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          refresh();
        }}
      />
    </PageContainer>
  );
}
