import { Statistic } from 'antd';
import { Link } from 'react-router';
import type { HomeCount } from '../../../common/home';
import { useI18n } from '../app/i18n';

/** How a home count looks: its label key, the page its list opens on, and a colour when it needs attention. */
export interface CountLook {
  label: string;
  path: string;
  tone?: 'danger' | 'warning';
}

const TONES = { danger: '#cf1322', warning: '#d48806' } as const;

/** The address of the list a count was made from: the page with the count's own query in the address bar. */
export function countHref(path: string, query: HomeCount['query']): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const x of [v].flat()) qs.append(k, x);
  return `${path}?${qs}`;
}

/**
 * A row of numbers on a home card, each a link to the list that shows exactly the records it counts.
 * A number needing attention is coloured only when it is not zero.
 */
export function HomeCounts({ counts, looks }: { counts: readonly HomeCount[]; looks: Record<string, CountLook> }) {
  const { t } = useI18n();
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 32px', marginBottom: 12 }}>
      {counts.map((c) => {
        const look = looks[c.key];
        if (!look) return null;
        return (
          <Link key={c.key} to={countHref(look.path, c.query)} data-home-count={c.key} style={{ color: 'inherit' }}>
            <Statistic title={t(look.label)} value={c.count} styles={{ content: { color: look.tone && c.count > 0 ? TONES[look.tone] : undefined } }} />
          </Link>
        );
      })}
    </div>
  );
}
