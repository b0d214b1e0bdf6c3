import { Tag } from 'antd';
import { type ArticleStatus, ArticleStatusLabels, type EventKind, EventKindLabels } from '../../../../common/publish';
import type { HighlightedText } from '../../../../common/publish-search';
import { useI18n } from '../../app/i18n';

const STATUS_COLORS: Record<ArticleStatus, string> = { draft: 'default', review: 'orange', published: 'green' };

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
