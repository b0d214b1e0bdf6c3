import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Tag } from 'antd';
import { useState } from 'react';
import { MeetingModeLabels, type MeetingMode, type MeetingStatus, MeetingStatusLabels } from '../../../../common/conference';
import { type MeetingKind, MeetingKindLabels } from '../../../../common/conference-report';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';

const KIND_COLORS: Record<MeetingKind, string> = {
  plenary: 'red',
  officeMeeting: 'blue',
  thematic: 'purple',
  workConference: 'volcano',
  progressMeeting: 'orange',
  summit: 'magenta',
  seminar: 'cyan',
  training: 'green',
};

/** The kind of a meeting as a coloured tag. */
export function MeetingKindTag({ kind }: { kind: MeetingKind }) {
  const { label } = useI18n();
  return <Tag color={KIND_COLORS[kind]}>{label(MeetingKindLabels[kind])}</Tag>;
}

/** A meeting's state as a reader means it: cancelled, held (its start has passed) or upcoming. */
export function MeetingStateTag({ status, startsAt }: { status: MeetingStatus; startsAt: string }) {
  const { t, label } = useI18n();
  // Read once per tag: the list is not a clock, and a page reload shows the new state.
  const [now] = useState(() => Date.now());
  if (status === 'cancelled') return <Tag color="red">{label(MeetingStatusLabels.cancelled)}</Tag>;
  return Date.parse(startsAt) <= now ? <Tag color="green">{t('meeting.held')}</Tag> : <Tag color="blue">{t('meeting.upcoming')}</Tag>;
}

/** The mode of a meeting as a tag. */
export function ModeTag({ mode }: { mode: MeetingMode }) {
  const { label } = useI18n();
  return <Tag color={mode === 'offline' ? 'default' : 'geekblue'}>{label(MeetingModeLabels[mode])}</Tag>;
}

/**
 * Picks several organisations the user may see, searching by name (inviting units, supporting
 * units). The shared OrgPicker chooses one; this keeps the choices already made in its options.
 */
export function UnitsPicker(props: { value?: string[]; onChange?: (ids: string[]) => void; placeholder?: string; id?: string; style?: React.CSSProperties }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const [known, setKnown] = useState<Record<string, string>>({});
  const { data } = useQuery({ queryKey: ['orgs', 'picker', q], queryFn: () => api.get('/org/orgs', { params: { query: { q, pageSize: 30, sort: 'name' } } }), staleTime: 30_000, placeholderData: keepPreviousData });
  const missing = (props.value ?? []).filter((id) => !known[id] && !data?.items.some((o) => o.id === id));
  useQuery({
    queryKey: ['orgs', 'names', missing],
    enabled: missing.length > 0,
    queryFn: async () => {
      const found = await Promise.all(missing.map((id) => api.get('/org/orgs/{id}', { params: { path: { id } } }).catch(() => null)));
      setKnown((k) => ({ ...k, ...Object.fromEntries(found.flatMap((o) => (o ? [[o.id, o.name]] : []))) }));
      return found.length;
    },
  });
  const options = new Map<string, string>(Object.entries(known));
  for (const o of data?.items ?? []) options.set(o.id, o.name);
  return (
    <Select
      id={props.id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={props.value ?? []}
      onChange={(ids: string[]) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(ids.flatMap((id) => (options.has(id) ? [[id, options.get(id)!]] : []))) }));
        props.onChange?.(ids);
      }}
      options={[...options].map(([value, label]) => ({ value, label }))}
      placeholder={props.placeholder ?? t('org.placeholder')}
      style={props.style ?? { minWidth: 320 }}
      maxTagCount="responsive"
    />
  );
}

