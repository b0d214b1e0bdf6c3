import { useQuery } from '@tanstack/react-query';
import { Empty, Timeline, Typography } from 'antd';
import type { AuditEvent } from '../../../common/audit';
import { api, type HistoryPath } from '../app/api-client';
import { useI18n } from '../app/i18n';
import { actionLabel } from '../app/labels';
import { formatDateTime } from '../app/format';
import { eventLines } from './history-values';

/**
 * The timeline of what happened to a record, newest first, from its module's history route (which
 * checks the reader may see the record). Actions read as the modules named them; fields by
 * `fieldLabels`, else by the `timeline.<field>` message.
 */
export function HistoryTimeline(props: { path: HistoryPath; id?: string; pathParams?: Record<string, string | number>; fieldLabels?: Record<string, string> }) {
  const { t, label, locale } = useI18n();
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
        const a = actionLabel(e.action, e.entityType);
        return {
          key: e.id,
          color: a?.color ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{a ? label(a) : e.action}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(e.at)} · {e.actorName ?? '—'}
              </Typography.Text>
              {eventLines(e, labelOf, locale).map((line) => (
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
