import type { Org } from '../../../common/org';
import { CaseSourceLabels, DisputeTypeLabels } from '../../../common/protection';
import type { Statistics, StatisticsQuery } from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeWorkbook } from '../../platform/excel';
import { statisticsRegion } from './protection.policy';
import type { StatisticsRepository, StatRow } from './statistics.repository';

const rate = (a: number, b: number) => (b ? a / b : null);
const OUTCOME_LABELS: Record<string, string> = { agreement: '达成协议', failure: '调解不成', withdrawn: '撤回', returned: '退回', open: '办理中' };

/** Mediation statistics: by source, type and outcome; success, duration against the period, judicial confirmation; per organisation and mediator. */
export function createStatistics(deps: { db: Db; clock: Clock; repo: StatisticsRepository; orgs: (ids: readonly string[]) => Promise<Org[]> }) {
  const { db, clock, repo, orgs } = deps;

  async function compute(actor: Actor, q: StatisticsQuery): Promise<Statistics> {
    const today = chinaDate(clock.now());
    const from = q.from ?? `${today.slice(0, 4)}-01-01`;
    const to = q.to ?? today;
    const rows = await repo.aggregate(db, from, to, statisticsRegion(actor, q.regionCode), q.orgId);
    // grouping() over five columns sets a bit for each column left out of the row's set (bit 0 = the last column).
    const set = (bit: number) => rows.filter((r) => r.g === 31 - (1 << bit));
    const total = rows.find((r) => r.g === 31);
    const [orgRows, mediatorNames] = await Promise.all([
      orgs(set(1).flatMap((r) => (r.org_id ? [r.org_id] : []))),
      repo.namesOfMediators(db, set(0).flatMap((r) => (r.mediator_id ? [r.mediator_id] : []))),
    ]);
    const names = new Map(orgRows.map((o) => [o.id, o.name]));
    const perf = (r: StatRow, id: string, name: string) => ({
      id,
      name,
      cases: r.cases,
      concluded: r.concluded,
      succeeded: r.succeeded,
      successRate: rate(r.succeeded, r.concluded),
      avgDurationDays: r.dur_n ? (r.dur_sum ?? 0) / r.dur_n : null,
      confirmed: r.confirmed,
      confirmationRate: rate(r.confirmed, r.agreements),
    });
    const count = (r: StatRow, key: string | null) => ({ key: key ?? 'open', count: r.cases, succeeded: r.succeeded });
    const byDesc = <T extends { count?: number; cases?: number }>(a: T, b: T) => (b.count ?? b.cases ?? 0) - (a.count ?? a.cases ?? 0);
    const t = total ?? { cases: 0, open: 0, concluded: 0, succeeded: 0, dur_sum: 0, dur_n: 0, period_sum: 0, within_n: 0, agreements: 0, confirmed: 0 };
    return {
      from,
      to,
      total: t.cases,
      open: t.open,
      concluded: t.concluded,
      succeeded: t.succeeded,
      successRate: rate(t.succeeded, t.concluded),
      avgDurationDays: t.dur_n ? (t.dur_sum ?? 0) / t.dur_n : null,
      avgPeriodDays: t.dur_n ? (t.period_sum ?? 0) / t.dur_n : null,
      withinPeriodRate: rate(t.within_n, t.dur_n),
      agreements: t.agreements,
      confirmed: t.confirmed,
      confirmationRate: rate(t.confirmed, t.agreements),
      bySource: set(4).map((r) => count(r, r.source)).sort(byDesc),
      byType: set(3).map((r) => count(r, r.dispute_type)).sort(byDesc),
      byOutcome: set(2).map((r) => count(r, r.outcome)).sort(byDesc),
      byOrg: set(1).flatMap((r) => (r.org_id ? [perf(r, r.org_id, names.get(r.org_id) ?? '')] : [])).sort(byDesc),
      byMediator: set(0).flatMap((r) => (r.mediator_id ? [perf(r, r.mediator_id, mediatorNames.get(r.mediator_id) ?? '')] : [])).sort(byDesc),
    };
  }

  return {
    compute,
    /** The statistics as a workbook: the summary and one sheet per breakdown. */
    async exportXlsx(actor: Actor, q: StatisticsQuery): Promise<Buffer> {
      const s = await compute(actor, q);
      const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
      const summary: [string, string | number | null][] = [
        ['统计期间', `${s.from} 至 ${s.to}`],
        ['收案数', s.total],
        ['在办', s.open],
        ['已办结（达成协议或调解不成）', s.concluded],
        ['调解成功', s.succeeded],
        ['调解成功率（%）', pct(s.successRate)],
        ['平均办理天数', s.avgDurationDays === null ? null : Math.round(s.avgDurationDays * 10) / 10],
        ['平均法定期限天数（含延长）', s.avgPeriodDays === null ? null : Math.round(s.avgPeriodDays * 10) / 10],
        ['期限内办结率（%）', pct(s.withinPeriodRate)],
        ['可申请司法确认的协议', s.agreements],
        ['已司法确认', s.confirmed],
        ['司法确认率（%）', pct(s.confirmationRate)],
      ];
      type C = Statistics['bySource'][number];
      type P = Statistics['byOrg'][number];
      const countCols = (label: (k: string) => string) => [
        { header: '分类', width: 24, value: (r: C) => label(r.key) },
        { header: '案件数', width: 10, value: (r: C) => r.count },
        { header: '调解成功', width: 10, value: (r: C) => r.succeeded },
      ];
      const perfCols = [
        { header: '名称', width: 36, value: (r: P) => r.name },
        { header: '案件数', width: 10, value: (r: P) => r.cases },
        { header: '已办结', width: 10, value: (r: P) => r.concluded },
        { header: '调解成功', width: 10, value: (r: P) => r.succeeded },
        { header: '成功率（%）', width: 12, value: (r: P) => pct(r.successRate) },
        { header: '平均办理天数', width: 14, value: (r: P) => (r.avgDurationDays === null ? null : Math.round(r.avgDurationDays * 10) / 10) },
        { header: '司法确认', width: 10, value: (r: P) => r.confirmed },
        { header: '司法确认率（%）', width: 14, value: (r: P) => pct(r.confirmationRate) },
      ];
      return writeWorkbook([
        { name: '汇总', columns: [{ header: '指标', width: 32, value: (r: (typeof summary)[number]) => r[0] }, { header: '数值', width: 24, value: (r: (typeof summary)[number]) => r[1] }], rows: summary },
        { name: '按来源', columns: countCols((k) => CaseSourceLabels[k as keyof typeof CaseSourceLabels]?.zh ?? k), rows: s.bySource },
        { name: '按纠纷类型', columns: countCols((k) => DisputeTypeLabels[k as keyof typeof DisputeTypeLabels]?.zh ?? k), rows: s.byType },
        { name: '按结果', columns: countCols((k) => OUTCOME_LABELS[k] ?? k), rows: s.byOutcome },
        { name: '按调解组织', columns: perfCols, rows: s.byOrg },
        { name: '按调解员', columns: perfCols, rows: s.byMediator },
      ] as never);
    },
  };
}
export type StatisticsService = ReturnType<typeof createStatistics>;
