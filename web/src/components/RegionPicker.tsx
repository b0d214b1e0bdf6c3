import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { api } from '../app/api-client';
import { useI18n } from '../app/i18n';
import { useSession } from '../app/session';

/**
 * Picks a GB/T 2260 region. Before typing it offers the user's own city and its districts; typing
 * searches all of China by Chinese name, full pinyin or initials (ps → 坪山区), nearest first.
 */
export function RegionPicker(props: { value?: string | null; onChange?: (code: string | undefined) => void; allowClear?: boolean; placeholder?: string; style?: React.CSSProperties; id?: string; disabled?: boolean }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [q, setQ] = useState('');
  const home = me ? me.org.regionCode.slice(0, 4) + '00' : undefined;
  const near = me?.org.regionCode;
  const { data: homeChildren = [] } = useQuery({
    queryKey: ['regions', 'children', home],
    queryFn: async () => {
      const [city, children] = await Promise.all([
        api.get('/org/regions/{code}', { params: { path: { code: home! } } }).then((r) => [r.region]),
        api.get('/org/regions', { params: { query: { parent: home } } }),
      ]);
      return [...city, ...children];
    },
    enabled: !!home,
    staleTime: Infinity,
  });
  const { data: found = [] } = useQuery({
    queryKey: ['regions', 'search', q, near],
    queryFn: () => api.get('/org/regions', { params: { query: { q, near, limit: 30 } } }),
    enabled: q.length > 0,
    staleTime: 60_000,
    // The options stay while the next keystroke's search loads, so the list does not blink empty under the pointer.
    placeholderData: keepPreviousData,
  });
  const { data: current } = useQuery({
    queryKey: ['regions', 'one', props.value],
    queryFn: () => api.get('/org/regions/{code}', { params: { path: { code: props.value! } } }).then((r) => r.region),
    enabled: !!props.value && /^\d{6}$/.test(props.value),
    staleTime: Infinity,
  });
  const list = q ? found : homeChildren;
  const options = [...list, ...(current && !list.some((r) => r.code === current.code) ? [current] : [])].map((r) => ({
    value: r.code,
    label: r.fullName,
    code: r.code,
  }));
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      disabled={props.disabled}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => {
        setQ('');
        props.onChange?.(v);
      }}
      options={options}
      // The GB/T 2260 code tells apart places of the same name in the list; once chosen, the name is enough.
      optionRender={(o) => (
        <span>
          {o.label} <span style={{ color: 'rgba(0,0,0,0.45)' }}>{o.data.code}</span>
        </span>
      )}
      placeholder={props.placeholder ?? t('region.placeholder')}
      style={props.style ?? { minWidth: 260 }}
      notFoundContent={null}
    />
  );
}
