import { PatentKindLabels, type PatentKind } from '../../../common/centre';
import type { Stats, StatsLine, StatsQuery } from '../../../common/centre-submissions';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { forbidden } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { centreScope } from './centre.policy';
import type { CentreConfigService } from './centre-config.service';
import type { FilingService } from './filing.service';
import type { SubmissionRepository } from './submission.repository';

type TallyRow = Awaited<ReturnType<SubmissionRepository['tally']>>[number];

const ratio = (a: number, b: number, digits = 4) => (b ? Math.round((a / b) * 10 ** digits) / 10 ** digits : null);

/** One line of the statistics from summed tally counters. */
export function statsLine(key: string, label: string, t: TallyRow): StatsLine {
  return {
    key,
    label,
    submissions: t.submissions,
    pending: t.pending,
    passed: t.passed,
    returned: t.returned,
    refused: t.refused,
    passRate: ratio(t.passed, t.decided),
    avgReturns: ratio(t.returns, t.submissions, 2),
    avgExaminerDays: ratio(t.examiner_days, t.decided, 1),
    avgLimitDays: ratio(t.limit_days, t.decided, 1),
    withinLimitRate: ratio(t.within_limit, t.decided),
    granted: t.granted,
    rejected: t.rejected,
    grantRate: ratio(t.granted, t.granted + t.rejected),
    avgDaysToGrant: ratio(t.grant_days, t.granted, 1),
  };
}

/** The centre statistics, read from the tally the writes keep (never from the submissions themselves). */
export function createCentreStatsService(deps: { db: Db; repo: SubmissionRepository; config: CentreConfigService; filings: FilingService; org: OrgServices }) {
  const { db, repo, config, filings, org } = deps;
  return {
    async statistics(actor: Actor, q: StatsQuery): Promise<Stats> {
      const windows = await config.windowRows();
      const scope = centreScope(actor, windows);
      if (scope.kind === 'none' || scope.kind === 'enterprise') throw forbidden();
      let windowIds = scope.kind === 'windows' ? scope.ids : null;
      if (q.windowId) windowIds = windowIds ? windowIds.filter((id) => id === q.windowId) : [q.windowId];
      const f = { windowIds, prefix: scope.kind === 'region' ? scope.prefix : null, year: q.year ?? null };
      const [total, kind, field, window, examiner, district, fields, counts] = await Promise.all([
        repo.tally(db, null, f),
        repo.tally(db, 'kind', f),
        repo.tally(db, 'field_code', f),
        repo.tally(db, 'window_id', f),
        repo.tally(db, 'examiner_key', f),
        repo.tally(db, 'region_code', f),
        config.fields(),
        filings.counts(actor, windows, q.windowId ?? null),
      ]);
      // A handful of examiners per window: their names come from the org module, one by one.
      const names = new Map((await Promise.all(examiner.map((e) => e.dim).filter(Boolean).map((id) => org.users.get(id)))).map((u) => [u.id, u.displayName]));
      const fieldName = new Map(fields.map((x) => [x.code, x.name]));
      const windowName = new Map(windows.map((w) => [w.id, w.name]));
      const n = (state: string) => counts.find((c) => c.state === state)?.n ?? 0;
      const bySubmissions = (a: StatsLine, b: StatsLine) => b.submissions - a.submissions;
      return {
        year: q.year ?? null,
        filings: { approved: n('approved'), submitted: n('submitted'), returned: n('returned'), expired: n('expired') },
        total: statsLine('total', '合计', total[0]),
        byKind: kind.map((t) => statsLine(t.dim, PatentKindLabels[t.dim as PatentKind]?.zh ?? t.dim, t)).sort(bySubmissions),
        byField: field.map((t) => statsLine(t.dim, fieldName.get(t.dim) ?? '其他领域', t)).sort(bySubmissions),
        byWindow: window.map((t) => statsLine(t.dim, windowName.get(t.dim) ?? '', t)).sort(bySubmissions),
        byExaminer: examiner.map((t) => statsLine(t.dim || 'none', t.dim ? (names.get(t.dim) ?? '') : '未分配', t)).sort(bySubmissions),
        byDistrict: district.map((t) => statsLine(t.dim, org.regions.fullName(t.dim), t)).sort(bySubmissions),
      };
    },
  };
}
export type CentreStatsService = ReturnType<typeof createCentreStatsService>;
