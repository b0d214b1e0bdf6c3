import { useQuery } from '@tanstack/react-query';
import { Card, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { type Limit, LimitCodeLabels, type LimitState, LimitStateLabels, type NextAgent, NextAgentLabels } from '../../../../common/enforcement';
import { api } from '../../app/api-client';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';

/** An amount in fen as yuan, Chinese style (1,234.5). */
export function fmtYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

const STATE_COLORS: Record<LimitState, string> = { running: 'processing', met: 'success', late: 'warning', overdue: 'error' };

/** The part the caller plays in enforcement, as the server decides it (the home card answers it). */
export type EnforcementView = 'officer' | 'police' | 'procuratorate' | 'customs' | 'office' | 'party' | 'member' | 'none';

/** The caller's part: officer, police / procuratorate / customs liaison, office, party. Liaisons differ only by their unit's kind, which the server knows. */
export function useEnforcementView(): EnforcementView | undefined {
  const { me } = useSession();
  const { data } = useQuery({ queryKey: ['enforcement', 'home', me?.id], queryFn: () => api.get('/enforcement/home'), enabled: !!me, staleTime: 60_000 });
  return data?.view;
}

/** A coloured tag of a limit's state. */
export function LimitStateTag({ state }: { state: LimitState }) {
  const { label } = useI18n();
  return <Tag color={STATE_COLORS[state]}>{label(LimitStateLabels[state])}</Tag>;
}

/** The due day of the most urgent limit, red when it has passed. */
export function DueCell({ dueOn, overdue }: { dueOn: string | null; overdue: boolean }) {
  const { t } = useI18n();
  if (!dueOn) return <>—</>;
  return overdue ? (
    <Typography.Text type="danger">
      {dueOn} <Tag color="error">{t('enforcement.overdue')}</Tag>
    </Typography.Text>
  ) : (
    <>{dueOn}</>
  );
}

/** Who acts next, as a label. */
export function useAgentLabel(): (a: NextAgent) => string {
  const { label } = useI18n();
  return (a) => label(NextAgentLabels[a]);
}

/** Every time limit of a record: what it is, from when, how long, its due day and state, who acts, and the rule it comes from. */
export function LimitsCard({ limits, title }: { limits: readonly Limit[]; title?: string }) {
  const { t, label, locale } = useI18n();
  return (
    <Card title={title ?? t('enforcement.limits.title')} size="small">
      <Table<Limit>
        rowKey={(l) => `${l.code}-${l.startedOn}`}
        size="small"
        pagination={false}
        dataSource={[...limits]}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('enforcement.limits.what'),
            key: 'code',
            render: (_: unknown, l) => (
              <>
                <div>{label(LimitCodeLabels[l.code])}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {l.citation}
                </Typography.Text>
              </>
            ),
          },
          { title: t('enforcement.limits.length'), key: 'len', width: 120, render: (_: unknown, l) => (locale === 'zh' ? l.length : l.lengthEn) },
          { title: t('enforcement.limits.started'), dataIndex: 'startedOn', width: 100 },
          { title: t('enforcement.limits.due'), dataIndex: 'dueOn', width: 100 },
          { title: t('enforcement.limits.actor'), dataIndex: 'actor', width: 110, render: (a: NextAgent) => label(NextAgentLabels[a]) },
          { title: t('enforcement.limits.state'), key: 'state', width: 110, render: (_: unknown, l) => (
            <>
              <LimitStateTag state={l.state} />
              {l.metOn && <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>{l.metOn}</Typography.Text>}
            </>
          ) },
        ]}
      />
    </Card>
  );
}

/** Picks a unit of the caller's city by name: the police for a transfer, member units for a clue, enterprises as holders or parties. */
export function AgencySelect(props: { kind: 'police' | 'unit' | 'holder'; value?: string | null; onChange?: (id: string | undefined, name?: string) => void; id?: string; allowClear?: boolean; placeholder?: string }) {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const { data = [] } = useQuery({ queryKey: ['enforcement', 'agencies', props.kind, q], queryFn: () => api.get('/enforcement/agencies', { params: { query: { kind: props.kind, q: q || undefined } } }), staleTime: 30_000 });
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={props.allowClear}
      value={props.value ?? undefined}
      placeholder={props.placeholder ?? t('org.placeholder')}
      onChange={(v: string | undefined) => props.onChange?.(v, data.find((o) => o.id === v)?.name)}
      options={data.map((o) => ({ value: o.id, label: o.name }))}
      style={{ width: '100%' }}
    />
  );
}

/** One line, cut with an ellipsis. */
export const ONE_LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

/** The second fact of a list cell, in grey under the first. */
export function Second(props: { children: string; title?: string }) {
  return (
    <Typography.Text type="secondary" style={{ ...ONE_LINE, display: 'block', fontSize: 12 }} title={props.title}>
      {props.children}
    </Typography.Text>
  );
}

/** Labels of the fields the enforcement history lines show (dates, numbers, approvals, outcomes); money is left to the record's page. */
export function useHistoryFields(): Record<string, string> {
  const { t } = useI18n();
  return {
    on: t('enforcement.f.on'),
    approval: t('enforcement.f.approval'),
    days: t('enforcement.f.days'),
    decision: t('enforcement.f.decision'),
    decisionNo: t('enforcement.f.decisionNo'),
    remedy: t('enforcement.f.remedy'),
    outcome: t('enforcement.f.outcome'),
    goods: t('enforcement.measure.goods'),
    police: t('enforcement.transfer.police'),
    file: t('enforcement.transfer.file'),
    criminalCaseNo: t('enforcement.transfer.criminalCaseNo'),
    answer: t('enforcement.clues.answer'),
    reportedOn: t('enforcement.transfer.reportedOn'),
  };
}
