import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { FinanceParty, FinancePartyKind } from '../../../../common/finance';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';

/**
 * Picks an enterprise, bank or appraiser for a finance form by name or credit code. A bank officer's
 * organisation picker shows only its own bank, so the finance forms look parties up through the
 * finance module's own lookup instead.
 */
export function PartyPicker(props: { kind: FinancePartyKind; value?: string | null; onChange?: (id: string | undefined, party?: FinanceParty) => void; allowClear?: boolean; placeholder?: string; id?: string; initial?: FinanceParty | null }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data } = useQuery({
    queryKey: ['finance-parties', props.kind, q],
    queryFn: () => api.get('/finance/parties', { params: { query: { kind: props.kind, q: q || undefined, pageSize: 30, sort: 'name' } } }),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
  const [chosen, setChosen] = useState<FinanceParty | null>(props.initial ?? null);
  const items = data?.items ?? [];
  const all = chosen && chosen.id === props.value && !items.some((o) => o.id === chosen.id) ? [chosen, ...items] : items;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      value={props.value ?? undefined}
      onChange={(v: string | undefined) => {
        const party = all.find((o) => o.id === v);
        setChosen(party ?? null);
        props.onChange?.(v, party);
      }}
      options={all.map((o) => ({ value: o.id, label: o.creditCode ? `${o.name}（${o.creditCode}）` : o.name }))}
      placeholder={props.placeholder ?? t('finance.party.search')}
      notFoundContent={t('finance.party.none')}
      style={{ width: '100%' }}
    />
  );
}
