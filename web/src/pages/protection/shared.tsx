import { useQuery } from '@tanstack/react-query';
import { Select, Tag, Tooltip, Typography } from 'antd';
import { type CaseSource, type CaseStatus, CaseStatusLabels, DisputeTypeLabels, type NextActor, NextActorLabels, TERMINAL_STATUSES } from '../../../../common/protection';
import { DEADLINE_CODES, type DeadlineCode } from '../../../../common/protection-admin';
import type { Role } from '../../../../common/roles';
import { api } from '../../app/api-client';
import { platformToday } from '../../app/format';
import { useI18n } from '../../app/i18n';

/** Money in fen as yuan with thousands separators. */
export function fmtYuan(fen: number): string {
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

/** A rate as a percentage with one decimal, or — when there is nothing to divide. */
export function pct(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Today in the platform's time zone as YYYY-MM-DD. */
export function chinaToday(): string {
  return platformToday();
}

const STATUS_COLOR: Partial<Record<CaseStatus, string>> = {
  submitted: 'gold',
  received: 'gold',
  awaitingAssignment: 'orange',
  assigned: 'orange',
  contactingRespondent: 'blue',
  inMediation: 'blue',
  registered: 'blue',
  served: 'blue',
  investigation: 'blue',
  appraisal: 'purple',
  suspended: 'purple',
  agreementPending: 'cyan',
  agreementSigned: 'green',
  confirmationRequested: 'geekblue',
  confirmationAccepted: 'geekblue',
  confirmed: 'green',
  closed: 'green',
  mediated: 'green',
  decided: 'cyan',
  decisionServed: 'cyan',
  final: 'green',
  terminated: 'red',
  failureReported: 'volcano',
  confirmationRejected: 'red',
  notAccepted: 'default',
  returned: 'default',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: CaseStatus }) {
  const { label } = useI18n();
  // A long status (in English above all) wraps inside its tag rather than running into the next column.
  return (
    <Tag color={STATUS_COLOR[status] ?? (TERMINAL_STATUSES.includes(status) ? 'default' : 'blue')} style={{ whiteSpace: 'normal' }}>
      {label(CaseStatusLabels[status])}
    </Tag>
  );
}

export function NextActorTag({ who }: { who: NextActor }) {
  const { label } = useI18n();
  if (who === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag>{label(NextActorLabels[who])}</Tag>;
}

// A case the party applied for itself has no court behind it: its clocks are not called 诉前 or 委派.
const OWN_APPLICATION_LABELS: Partial<Record<DeadlineCode, { zh: string; en: string }>> = {
  contactRespondent: { zh: '联系被申请人', en: 'Contact the respondent' },
  periodPreFiling: { zh: '调解期限', en: 'Mediation period' },
};

/** The label of a deadline rule code, in the terms of the case's source when it is known. */
export function deadlineLabel(code: string | null, locale: 'zh' | 'en', source?: CaseSource): string {
  if (!code) return '';
  const own = source === 'application' || source === 'officeReferral' ? OWN_APPLICATION_LABELS[code as DeadlineCode] : undefined;
  if (own) return own[locale];
  return DEADLINE_CODES[code as DeadlineCode]?.label[locale] ?? code;
}

/** A due date, red when it has passed, with the deadline's name on hover. */
export function DueCell({ dueOn, dueKind }: { dueOn: string | null; dueKind: string | null }) {
  const { locale } = useI18n();
  if (!dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  const overdue = dueOn < chinaToday();
  return (
    <Tooltip title={deadlineLabel(dueKind, locale)}>
      <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue} data-overdue={overdue || undefined}>
        {dueOn}
      </Typography.Text>
    </Tooltip>
  );
}

/** Which list title a user's roles call for. */
export function caseTitleKey(roles: readonly Role[]): string {
  if (roles.some((r) => r === 'admin' || r === 'office' || r === 'district')) return 'protection.cases.office';
  if (roles.includes('mediator')) return 'protection.cases.mediator';
  if (roles.includes('court')) return 'protection.cases.court';
  return 'protection.cases.enterprise';
}

/** Picks an active mediator on the roster of a mediation organisation. */
export function MediatorSelect(props: { orgId: string; value?: string; onChange?: (v: string) => void; id?: string }) {
  const { data } = useQuery({
    queryKey: ['protection', 'mediators', 'pick', props.orgId],
    queryFn: () => api.get('/protection/mediators', { params: { query: { orgId: props.orgId, status: 'active', onRoster: 'true', pageSize: 200, sort: 'workload' } } }),
  });
  const { t, label } = useI18n();
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.items ?? []).map((m) => ({
        value: m.id,
        label: `${m.name}${m.title ? `（${m.title}）` : ''} · ${m.specialities.map((s) => label(DisputeTypeLabels[s])).join('、')} · ${t('protection.mediators.workload')} ${m.workload}`,
      }))}
    />
  );
}

/** Picks a mediation organisation, a deciding IP office or a court from the city's directory. */
export function OrgChoice(props: { kind: 'mediationOrg' | 'office' | 'court'; value?: string | null; onChange?: (v: string | undefined) => void; id?: string; allowClear?: boolean; placeholder?: string }) {
  const { data = [] } = useQuery({
    queryKey: ['protection', 'organisations', props.kind],
    queryFn: () => api.get('/protection/organisations', { params: { query: { kind: props.kind } } }),
    staleTime: 60_000,
  });
  return (
    <Select
      id={props.id}
      allowClear={props.allowClear}
      placeholder={props.placeholder}
      value={props.value ?? undefined}
      onChange={props.onChange}
      showSearch={{ optionFilterProp: 'label' }}
      // A body with no active mediator would take a case that reaches nobody: it is not offered.
      options={data.filter((o) => props.kind === 'court' || (o.profiled && (props.kind !== 'mediationOrg' || o.mediators > 0))).map((o) => ({ value: o.orgId, label: o.name }))}
      style={{ minWidth: 260 }}
    />
  );
}

