import { type IpRightKind, type Pledge, type PledgeCheck, type PledgeRightInput, type PledgeSummary, REFUSAL_GROUNDS, type TimeLimit } from '../../../common/finance';
import { formatPatentNumber, patentNumberProblem } from '../../../common/protection-rights';
import type { AuditEvent } from '../../../common/audit';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import type { FileService } from '../../platform/files/file.service';
import type { OrgServices } from '../org/org.contract';
import type { ProtectionServices } from '../protection/protection.contract';
import type { StatsServices } from '../stats/stats.contract';
import { checkPledge, type RightFacts, type RightRecord } from './domain/pledge-checks';
import { canFollowPledge, canPreparePledge, canSeeFinanceRecord } from './finance.policy';
import type { PledgeEventRow, PledgeRepository, PledgeRightRow, PledgeRow, TimeLimitRow } from './pledge.repository';

export interface PledgeDeps {
  db: Db;
  repo: PledgeRepository;
  org: OrgServices;
  stats: StatsServices;
  protection: ProtectionServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  files: FileService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** A right as stored: patents as ZL + 12 digits + '.' + check character. */
export function normaliseRight(r: PledgeRightInput, index: number): PledgeRightInput {
  const number = r.number.trim().toUpperCase();
  if (r.kind === 'patent') {
    const problem = patentNumberProblem(number);
    if (problem) throw fieldError(`rights.${index}.number`, problem);
    return { ...r, number: formatPatentNumber(number) };
  }
  if (r.kind === 'trademark' && !/^\d{1,10}$/.test(number)) throw fieldError(`rights.${index}.number`, '商标注册号应为1至10位数字');
  return { ...r, number };
}

/** What the pledge queries and commands share: mappers, the pre-checks, finding a pledge the caller may see. */
export function createPledgeSupport(deps: PledgeDeps) {
  const { repo, org, stats, protection, clock } = deps;
  const today = () => chinaDate(clock.now());

  const mapLimit = (t: TimeLimitRow): TimeLimit => ({ id: t.id, code: t.code, name: t.name, workingDays: t.working_days, source: t.source, citation: t.citation, isDefault: t.is_default });

  const mapSummary = (r: PledgeRow): PledgeSummary => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    bankOrgId: r.bank_org_id,
    bankName: r.bank_name,
    securedAmountFen: Number(r.secured_amount_fen),
    debtStart: r.debt_start,
    debtEnd: r.debt_end,
    status: r.status as PledgeSummary['status'],
    kinds: r.kinds as IpRightKind[],
    rightCount: r.right_numbers.length,
    rightNumbers: r.right_numbers.join('、'),
    submittedOn: r.submitted_on,
    dueOn: r.due_on,
    registrationNo: r.registration_no,
    registeredOn: r.registered_on,
    typicalCase: r.typical_case,
    createdAt: r.created_at.toISOString(),
  });

  /** The stats module's record of each right, reduced to what the checks read. */
  async function records(rights: readonly { kind: string; number: string }[]): Promise<Map<string, { record: RightRecord; title: string | null }>> {
    const of = (kind: string) => rights.filter((r) => r.kind === kind).map((r) => r.number);
    const found = await stats.records.facts.rights({ patents: of('patent'), trademarks: of('trademark'), gis: of('gi') });
    const out = new Map<string, { record: RightRecord; title: string | null }>();
    for (const p of found.patents) out.set(`patent:${formatPatentNumber(p.number)}`, { title: p.title, record: { kind: 'patent', ...p } });
    for (const t of found.trademarks) out.set(`trademark:${t.number}`, { title: t.title, record: { kind: 'trademark', ...t } });
    for (const g of found.gis) out.set(`gi:${g.number}`, { title: g.title, record: { kind: 'gi', ...g } });
    return out;
  }

  type CheckedRight = { kind: string; number: string; co_owners: { name: string; consented: boolean }[] };
  /** What other modules know of the rights (their records, open cases); read outside any transaction, since they use their own connection. */
  async function outsideFacts(rights: readonly CheckedRight[]) {
    const [recs, cases] = await Promise.all([records(rights), protection.cases.openCasesNaming(rights.map((r) => r.number))]);
    return { recs, cases };
  }

  /** The pre-checks of a pledge as of today: the outside facts with the pledges on the same rights, read through `db` (or the caller's transaction). */
  async function checksWith(db: Db, row: Pick<PledgeRow, 'id' | 'enterprise_name' | 'debt_end'>, rights: readonly CheckedRight[], outside: Awaited<ReturnType<typeof outsideFacts>>): Promise<PledgeCheck[]> {
    const open = await repo.openPledgesOn(db, rights.map((r) => r.number), row.id);
    const facts: RightFacts[] = rights.map((r) => ({
      kind: r.kind as IpRightKind,
      number: r.number,
      record: outside.recs.get(`${r.kind}:${r.number}`)?.record ?? null,
      openPledges: open.get(r.number) ?? 0,
      cases: outside.cases.filter((c) => c.number === r.number),
      coOwners: r.co_owners,
    }));
    return checkPledge({ pledgorName: row.enterprise_name, debtEnd: row.debt_end, today: today() }, facts);
  }

  /** The pledge if the caller may see it; 404 otherwise, exactly like a missing one. */
  async function visible(db: Db, actor: Actor, id: string): Promise<PledgeRow> {
    const row = await repo.find(db, id);
    if (!row || !canSeeFinanceRecord(actor, row)) throw notFound('质押登记');
    return row;
  }

  const mapRight = (r: PledgeRightRow) => ({ id: r.id, kind: r.kind as IpRightKind, number: r.number, title: r.title, coOwners: r.co_owners });
  const mapEvent = (e: PledgeEventRow) => ({ id: e.id, kind: e.kind as Pledge['events'][number]['kind'], onDate: e.on_date, note: e.note, fileId: e.file_id, createdAt: e.created_at.toISOString() });

  /**
   * The whole pledge page: parties, rights, events, the time limit and today's pre-checks. Inside a
   * transaction pass `withChecks: false` (the checks read other modules, which use their own connection).
   */
  async function detail(db: Db, actor: Actor, row: PledgeRow, withChecks = true): Promise<Pledge> {
    const [rights, events, limits] = await Promise.all([repo.rights(db, row.id), repo.events(db, row.id), repo.timeLimits(db)]);
    const checks = withChecks ? await checksWith(db, row, rights, await outsideFacts(rights)) : [];
    const limit = limits.find((l) => l.id === row.time_limit_id)!;
    return {
      ...mapSummary(row),
      appraiserOrgId: row.appraiser_org_id,
      appraiserName: row.appraiser_name,
      valuationFen: row.valuation_fen === null ? null : Number(row.valuation_fen),
      valuationFileId: row.valuation_file_id,
      insurance: row.insurance,
      guarantee: row.guarantee,
      timeLimit: mapLimit(limit),
      overrideWarnings: row.override_warnings,
      noticeFileId: row.notice_file_id,
      refusalGround: row.refusal_ground,
      refusalRule: row.refusal_ground ? `第${row.refusal_ground}项：${REFUSAL_GROUNDS[row.refusal_ground - 1].zh}` : null,
      refusalNote: row.refusal_note,
      releasedOn: row.released_on,
      caseStory: row.typical_story,
      rights: rights.map(mapRight),
      events: events.map(mapEvent),
      checks,
      canEdit: row.status === 'draft' && canPreparePledge(actor, row),
      canRecordOutcome: canFollowPledge(actor, row),
    };
  }

  return { today, mapLimit, mapSummary, records, outsideFacts, checksWith, visible, detail };
}
export type PledgeSupport = ReturnType<typeof createPledgeSupport>;
