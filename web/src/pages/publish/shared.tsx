import { Tag } from 'antd';
import { type ArticleStatus, ArticleStatusLabels, type EventKind, EventKindLabels } from '../../../../common/publish';
import type { HighlightedText } from '../../../../common/publish-search';
import type { GetParams, GetPath } from '../../app/api-client';
import { useI18n } from '../../app/i18n';

const STATUS_COLORS: Record<ArticleStatus, string> = { draft: 'default', review: 'orange', published: 'green' };

/**
 * The address of a GET route, for a plain link the browser follows itself: the news feed (feed readers
 * subscribe to its address) and a published article's attachments. The typed client fetches and has no
 * way to name an address, so the prefix is spelled here, once, and the route is checked against the contract.
 */
export function routeHref<P extends GetPath>(route: P, params?: GetParams<P>): string {
  const path = ((params as { path?: Record<string, string> } | undefined)?.path ?? {});
  return '/api/v1' + route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? ''));
}

/** The status of an article as a coloured tag. */
export function StatusTag({ status }: { status: ArticleStatus }) {
  const { label } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{label(ArticleStatusLabels[status])}</Tag>;
}

/** The event kind as a tag. */
export function KindTag({ kind }: { kind: string | null }) {
  const { label } = useI18n();
  if (!kind) return null;
  const labels = EventKindLabels[kind as EventKind] as { zh: string; en: string } | undefined;
  return <Tag color="blue">{labels ? label(labels) : kind}</Tag>;
}

/** Text with the search matches marked. */
export function Highlight({ parts }: { parts: HighlightedText }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          <mark key={i} style={{ background: '#ffe58f', padding: 0 }}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Paragraphs of an article body (one per line), as a reader sees them. */
export function ArticleBody({ text }: { text: string }) {
  return (
    <div style={{ fontSize: 16, lineHeight: 1.9 }}>
      {text
        .split('\n')
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} style={{ textIndent: '2em', margin: '0 0 12px' }}>
            {p.trim()}
          </p>
        ))}
    </div>
  );
}
