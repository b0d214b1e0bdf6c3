import { Progress, Tag, Tooltip } from 'antd';
import { type TaskFlag, TaskFlagLabels, type TaskStatus, TaskStatusLabels } from '../../../../common/tasks';
import { NoticeStatusLabels, type NoticeStatus, ReportStatusLabels, type ReportStatus } from '../../../../common/tasks-progress';
import { useI18n } from '../../app/i18n';

/** A task's status as a coloured tag. */
export function StatusTag({ status }: { status: TaskStatus }) {
  const { label } = useI18n();
  const l = TaskStatusLabels[status];
  return <Tag color={l.color}>{label(l)}</Tag>;
}

/** The yellow or red flag of a task (nothing when it has none). */
export function FlagTag({ flag }: { flag: TaskFlag }) {
  const { label } = useI18n();
  if (flag === 'none') return null;
  return (
    <Tag color={flag === 'red' ? '#cf1322' : '#faad14'} data-testid={`flag-${flag}`}>
      {label(TaskFlagLabels[flag])}
    </Tag>
  );
}

/** A percentage as a small bar. */
export function ProgressCell({ percent, status }: { percent: number; status?: TaskStatus }) {
  return (
    <Tooltip title={`${percent}%`}>
      {/* The number stays beside the bar in every state: an overdue task's progress is what the reader needs most. */}
      <Progress percent={percent} format={(p) => `${p ?? 0}%`} size="small" status={status === 'overdue' ? 'exception' : status === 'completed' ? 'success' : 'active'} style={{ minWidth: 100, marginBottom: 0 }} />
    </Tooltip>
  );
}

/** The review status of a progress report. */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { label } = useI18n();
  return <Tag color={ReportStatusLabels[status].color}>{label(ReportStatusLabels[status])}</Tag>;
}

/** The status of a supervision notice. */
export function NoticeStatusTag({ status, level }: { status: NoticeStatus; level?: number }) {
  const { label, t } = useI18n();
  return (
    <Tag color={NoticeStatusLabels[status].color}>
      {label(NoticeStatusLabels[status])}
      {level ? ` · ${t('notice.level', { n: level })}` : ''}
    </Tag>
  );
}

/** The year choices of the year pickers: from 2020 to next year. */
export function yearOptions(): { value: number; label: string }[] {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2019 }, (_, i) => last - i).map((y) => ({ value: y, label: `${y}` }));
}
