import { useQuery } from '@tanstack/react-query';
import { Empty, Timeline, Typography } from 'antd';
import type { AuditEvent } from '../../../common/audit';
import { api, type HistoryPath } from '../app/api-client';
import { useI18n } from '../app/i18n';
import { actionLabel } from '../app/labels';
import { formatDateTime } from '../app/format';

/** The fields whose values differ between two snapshots. */
export function changedFields(before: unknown, after: unknown): { field: string; from: unknown; to: unknown }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !['updatedAt', 'createdAt'].includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, from: b[k], to: a[k] }));
}

/** A value as a person reads it: — for nothing, JSON for objects. */
export function showValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

// What other events say, when their recorded values carry it (a comment, a reason, a number…).
const DETAIL_KEYS = ['name', 'title', 'percent', 'narrative', 'comment', 'reason', 'number', 'response', 'responseDue', 'level', 'body', 'authorName', 'receiver', 'minutesStatus'];

/** The lines of what an event changed or said. */
function detail(e: AuditEvent, labelOf: (field: string) => string): string[] {
  if (e.action === 'update' || e.action === 'status') {
    return changedFields(e.before, e.after).map((c) => `${labelOf(c.field)}：${showValue(c.from)} → ${showValue(c.to)}`);
  }
  if (e.action === 'delete' || e.action === 'import') return [];
  const after = (e.after ?? {}) as Record<string, unknown>;
  const keys = e.action === 'create' ? ['name', 'title'] : DETAIL_KEYS;
  return keys.flatMap((k) => (after[k] !== undefined && after[k] !== null && after[k] !== '' ? [`${labelOf(k)}：${showValue(after[k])}`] : []));
}

/**
 * The timeline of what happened to a record, newest first, from its module's history route (which
 * checks the reader may see the record). Actions read as the modules named them; fields by
 * `fieldLabels`, else by the `timeline.<field>` message.
 */
export function HistoryTimeline(props: { path: HistoryPath; id?: string; pathParams?: Record<string, string | number>; fieldLabels?: Record<string, string> }) {
  const { t, label } = useI18n();
  // Most records are keyed by one id; a few by their region and year (baselines, figures) or by nothing (the conference).
  const pathParams = props.pathParams ?? (props.id === undefined ? {} : { id: props.id });
  const { data = [] } = useQuery({
    queryKey: ['history', props.path, pathParams],
    // Every history route answers the same list of audit events; the union of their paths is too wide to infer.
    queryFn: () => (api.get as (p: HistoryPath, init: unknown) => Promise<AuditEvent[]>)(props.path, { params: { path: pathParams } }),
  });
  if (data.length === 0) return <Empty description={t('history.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const labelOf = (field: string) => {
    if (props.fieldLabels?.[field]) return props.fieldLabels[field];
    const key = `timeline.${field}`;
    const text = t(key);
    return text === key ? field : text;
  };
  return (
    <Timeline
      items={data.map((e) => {
        const a = actionLabel(e.action);
        return {
          key: e.id,
          color: a?.color ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{a ? label(a) : e.action}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(e.at)} · {e.actorName ?? '—'}
              </Typography.Text>
              {detail(e, labelOf).map((line) => (
                <div key={line} style={{ fontSize: 13, whiteSpace: 'pre-wrap' }}>
                  {line}
                </div>
              ))}
            </div>
          ),
        };
      })}
    />
  );
}
