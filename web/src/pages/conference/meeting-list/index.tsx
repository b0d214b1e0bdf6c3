import { CalendarOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Input, Select, Space, Tag } from 'antd';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConferenceAccess, MeetingModeLabels, MeetingModeSchema, MeetingStatusLabels, type MeetingSummary } from '../../../../../common/conference';
import { MEETING_KINDS, MeetingKindLabels } from '../../../../../common/conference-report';
import { MinutesStatusLabels } from '../../../../../common/conference-records';
import { api } from '../../../app/api-client';
import { useI18n } from '../../../app/i18n';
import { useSession } from '../../../app/session';
import { PageContainer } from '../../../components/PageContainer';
import { RegionPicker } from '../../../components/RegionPicker';
import { useListQuery } from '../../../components/useListQuery';
import { formatDateTime } from '../../../app/format';
import { MeetingKindTag, MeetingStateTag, ModeTag } from '../shared';
import { CalendarFeedModal } from './CalendarFeedModal';
import { MeetingForm } from './MeetingForm';

/** Meetings of every kind: filter, sort, page, export, create, and subscribe to them in a calendar app. */
export default function MeetingListPage() {
  const { t, label } = useI18n();
  const { message } = App.useApp();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const canManage = hasRole(ConferenceAccess.manage);
  const qc = useQueryClient();
  const list = useListQuery('/conference/meetings', { sort: 'startsAt', order: 'desc' }, ['kind']);
  const [creating, setCreating] = useState(false);
  const [feed, setFeed] = useState(false);
  const { data, isFetching } = useQuery({ queryKey: ['meetings', list.query], queryFn: () => api.get('/conference/meetings', { params: { query: list.query } }) });
  const f = list.params.filters;

  return (
    <PageContainer
      title={t('meeting.listTitle')}
      extra={
        <>
          {canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('meeting.create')}
            </Button>
          )}
          <Button icon={<CalendarOutlined />} onClick={() => setFeed(true)}>
            {t('feed.button')}
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void api.download('/conference/meetings/export.xlsx', { query: list.exportQuery }).catch((e: Error) => message.error(e.message))}>
            {t('common.export')}
          </Button>
        </>
      }
    >
      <Space wrap className="filter-bar">
        <Input.Search allowClear placeholder={t('meeting.searchPlaceholder')} defaultValue={list.text('q') ?? ''} onSearch={(q) => list.setFilters({ ...f, q })} style={{ width: 240 }} aria-label={t('common.keyword')} />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('meeting.kind')}
          value={(f.kind as string[] | undefined) ?? []}
          onChange={(kind: string[]) => list.setFilters({ ...f, kind })}
          options={MEETING_KINDS.map((k) => ({ value: k, label: label(MeetingKindLabels[k]) }))}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        <Select allowClear placeholder={t('meeting.mode')} value={list.text('mode')} onChange={(mode?: string) => list.setFilters({ ...f, mode })} options={MeetingModeSchema.options.map((m) => ({ value: m, label: label(MeetingModeLabels[m]) }))} style={{ width: 150 }} />
        <Select
          allowClear
          placeholder={t('meeting.status')}
          value={list.text('status')}
          onChange={(status?: string) => list.setFilters({ ...f, status })}
          options={(['scheduled', 'cancelled'] as const).map((s) => ({ value: s, label: label(MeetingStatusLabels[s]) }))}
          style={{ width: 120 }}
        />
        <DatePicker.RangePicker
          value={[list.text('from') ? dayjs(list.text('from')) : null, list.text('to') ? dayjs(list.text('to')) : null]}
          onChange={(r) => list.setFilters({ ...f, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD') })}
          aria-label={t('meeting.dateRange')}
        />
        <RegionPicker allowClear value={list.text('regionCode')} onChange={(regionCode) => list.setFilters({ ...f, regionCode })} />
        <Button onClick={() => list.setFilters({})}>{t('common.reset')}</Button>
      </Space>
      <ResponsiveTable<MeetingSummary>
        rowKey="id"
        loading={isFetching}
        dataSource={data?.items}
        {...list.tableProps<MeetingSummary>(data?.total, t)}
        // Fits the content area beside the menu at 1440 px; narrower windows scroll the table, not the page.
        scroll={{ x: 1040 }}
        columns={[
          { title: t('meeting.title'), dataIndex: 'title', key: 'title', sorter: true, sortOrder: list.sortOrder('title'), render: (v: string, m) => <Link to={`/meetings/${m.id}`}>{v}</Link> },
          { title: t('meeting.kind'), dataIndex: 'kind', key: 'kind', width: 150, sorter: true, sortOrder: list.sortOrder('kind'), render: (k: MeetingSummary['kind']) => <MeetingKindTag kind={k} /> },
          { title: t('meeting.startsAt'), dataIndex: 'startsAt', key: 'startsAt', width: 160, sorter: true, sortOrder: list.sortOrder('startsAt'), render: (d: string) => formatDateTime(d) },
          { title: t('meeting.venue'), dataIndex: 'venue', width: 140, ellipsis: true },
          { title: t('meeting.mode'), dataIndex: 'mode', width: 130, render: (m: MeetingSummary['mode']) => <ModeTag mode={m} /> },
          { title: t('meeting.registered'), key: 'registered', width: 110, render: (_: unknown, m) => `${m.registered}${m.capacity ? ` / ${m.capacity}` : ''}${m.waitlisted ? ` +${m.waitlisted}${t('meeting.waitlistedShort')}` : ''}` },
          { title: t('meeting.minutes'), dataIndex: 'minutesStatus', width: 100, render: (s: MeetingSummary['minutesStatus']) => <Tag color={s === 'approved' ? 'green' : s === 'draft' ? 'orange' : 'default'}>{label(MinutesStatusLabels[s])}</Tag> },
          { title: t('meeting.status'), dataIndex: 'status', width: 110, render: (s: MeetingSummary['status'], m) => <MeetingStateTag status={s} startsAt={m.startsAt} /> },
        ]}
      />
      <MeetingForm
        open={creating}
        meeting={null}
        onClose={() => setCreating(false)}
        onSaved={(m) => {
          setCreating(false);
          void qc.invalidateQueries({ queryKey: ['meetings'] });
          void navigate(`/meetings/${m.id}`);
        }}
      />
      <CalendarFeedModal open={feed} onClose={() => setFeed(false)} />
    </PageContainer>
  );
}
