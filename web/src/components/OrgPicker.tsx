import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { Org, OrgKind } from '../../../common/org';
import { api } from '../app/api-client';
import { useI18n } from '../app/i18n';

/** Picks an organisation the user may see, searching by name; `kinds` narrows the choice. */
export function OrgPicker(props: {
  value?: string | null;
  onChange?: (id: string | undefined, org?: Org) => void;
  kinds?: OrgKind[];
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['orgs', 'picker', q, props.kinds],
    queryFn: () => api.get('/org/orgs', { params: { query: { q, kind: props.kinds, pageSize: 30, sort: 'name' } } }),
    staleTime: 30_000,
    // The options stay while the next keystroke's search loads, so the list does not blink empty under the pointer.
    placeholderData: keepPreviousData,
  });
  const { data: current } = useQuery({
    queryKey: ['orgs', 'one', props.value],
    queryFn: () => api.get('/org/orgs/{id}', { params: { path: { id: props.value! } } }),
    enabled: !!props.value,
    staleTime: 60_000,
  });
  const items = data?.items ?? [];
  const all = current && !items.some((o) => o.id === current.id) ? [current, ...items] : items;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => props.onChange?.(v, all.find((o) => o.id === v))}
      options={all.map((o) => ({ value: o.id, label: o.name }))}
      placeholder={props.placeholder ?? t('org.placeholder')}
      style={props.style ?? { minWidth: 260 }}
    />
  );
}
