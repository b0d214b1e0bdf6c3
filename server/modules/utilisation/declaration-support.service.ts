import type { AuditEvent } from '../../../common/audit';
import type { Declaration, DeclarationCreate, DeclarationHolderKind, Field, PatentKind, PayKind, Rule } from '../../../common/utilisation';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import type { Clock } from '../../platform/clock';
import { chinaDate } from '../../platform/clock';
import type { JobService } from '../../platform/jobs/job.service';
import type { NotificationService } from '../../platform/notifications/notification.service';
import { fieldError, notFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import type { StatsServices } from '../stats/stats.contract';
import type { DeclarationRepository, DeclarationRow, DeclarationValues, RuleRow } from './declaration.repository';
import { checkDeclaration, feeReductionFen, type OpenLicenceRules, patentExpiry } from './domain/open-licence-rules';
import type { TransferRepository } from './transfer.repository';
import { canDeclareFor, canSeeUtilisation } from './utilisation.policy';

/** What the declaration and application services need. */
export interface DeclarationDeps {
  db: Db;
  repo: DeclarationRepository;
  transfers: TransferRepository;
  org: OrgServices;
  stats: StatsServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  jobs: JobService;
  notifications: NotificationService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** A patent number as the records key it: no ZL/CN prefix, upper case. */
export const patentKey = (n: string): string => n.trim().toUpperCase().replace(/^(CN|ZL)/, '');

/** The helpers the declaration reads and writes share: mapping, rules, "find one the caller may see", the checks. */
export function createDeclarationSupport(deps: DeclarationDeps) {
  const { db, repo, org, stats, clock } = deps;

  async function ruleRows(): Promise<RuleRow[]> {
    return repo.rules(db);
  }
  const ruleValue = (rows: RuleRow[], code: string): number => Number(rows.find((r) => r.code === code)?.value ?? 0);
  const limits = (rows: RuleRow[]): OpenLicenceRules => ({
    lumpSumMaxFen: ruleValue(rows, 'lumpSumMaxFen'),
    royaltySalesMaxBp: ruleValue(rows, 'royaltySalesMaxBp'),
    royaltyProfitMaxBp: ruleValue(rows, 'royaltyProfitMaxBp'),
    termMinYears: ruleValue(rows, 'termMinYears'),
  });
  const mapRule = (r: RuleRow): Rule => ({ code: r.code, name: r.name, value: Number(r.value), unit: r.unit as Rule['unit'], source: r.source, citation: r.citation, updatedAt: r.updated_at.toISOString() });

  function map(actor: Actor | null, r: DeclarationRow, reductionPct: number): Declaration {
    return {
      id: r.id,
      regionCode: r.region_code,
      regionName: org.regions.fullName(r.region_code),
      holderOrgId: r.holder_org_id,
      holderName: r.holder_name,
      holderKind: r.holder_kind as DeclarationHolderKind,
      patentNo: r.patent_no,
      patentType: r.patent_type as PatentKind,
      title: r.title,
      mainIpc: r.main_ipc,
      field: r.field as Field,
      expiryDate: r.expiry_date,
      evaluationReportNo: r.evaluation_report_no,
      payKind: r.pay_kind as PayKind,
      rateBp: r.rate_bp,
      lumpSumFen: r.lump_sum_fen === null ? null : Number(r.lump_sum_fen),
      termFrom: r.term_from,
      termTo: r.term_to,
      fieldOfUse: r.field_of_use,
      annualFeeFen: Number(r.annual_fee_fen),
      feeReductionFen: feeReductionFen(Number(r.annual_fee_fen), reductionPct, r.status === 'open'),
      status: r.status as Declaration['status'],
      declaredOn: r.declared_on,
      withdrawnOn: r.withdrawn_on,
      withdrawReason: r.withdraw_reason,
      licences: Number(r.licences),
      canManage: actor !== null && canDeclareFor(actor, r.holder_org_id, r.region_code),
    };
  }

  async function visible(actor: Actor, id: string): Promise<DeclarationRow> {
    const r = await repo.find(db, id);
    if (!r || !canSeeUtilisation(actor, { regions: [r.region_code], orgIds: [r.holder_org_id] })) throw notFound('开放许可声明');
    return r;
  }

  /**
   * Checks a declaration against the holder, the patent's record and the rules; answers the row to
   * store. `field` maps the request's field names to the ones a caller shows (an import's column names).
   */
  async function prepare(actor: Actor, input: DeclarationCreate, rules: RuleRow[], field: (f: string) => string = (f) => f): Promise<DeclarationValues & { search_text: string }> {
    const [holder] = await org.orgs.lookup(null, [input.holderOrgId]);
    if (!holder || !['enterprise', 'university'].includes(holder.kind)) throw fieldError(field('holderOrgId'), '专利权人应为平台上的企业或高校院所');
    if (!canDeclareFor(actor, holder.id, holder.regionCode)) throw fieldError(field('holderOrgId'), '只能为本单位或本辖区的专利权人声明开放许可');
    const no = patentKey(input.patentNo);
    const facts = (await stats.records.facts.rights({ patents: [no], trademarks: [], gis: [] })).patents[0];
    if (!facts) throw fieldError(field('patentNo'), `专利 ${input.patentNo} 不在平台的专利数据中`);
    const today = chinaDate(clock.now());
    // A right assigned away (in the transfer register) is no longer the declaring unit's, whatever the record still says.
    const moved = await deps.transfers.lastAssignment(db, 'patent', no, today);
    if (moved && moved.to_name !== holder.name) throw fieldError(field('holderOrgId'), `该专利已于 ${moved.effective_on} 转让给「${moved.to_name}」`);
    const exclusive = (await deps.transfers.exclusiveLicences(db, [no], today))[0]?.licence_kind ?? null;
    const problems = checkDeclaration(facts, holder.name, input, limits(rules), today, exclusive);
    if (problems[0]) throw fieldError(field(problems[0].field), problems[0].message);
    const title = facts.title ?? '';
    return {
      region_code: holder.regionCode,
      holder_org_id: holder.id,
      holder_name: holder.name,
      holder_kind: holder.kind === 'university' ? 'university' : 'enterprise',
      patent_no: no,
      patent_type: facts.patentType,
      title,
      main_ipc: facts.mainIpc ?? '',
      field: input.field,
      grant_date: facts.grantDate,
      expiry_date: patentExpiry(facts.patentType, facts.applicationDate),
      evaluation_report_no: input.evaluationReportNo ?? null,
      pay_kind: input.payKind,
      rate_bp: input.payKind === 'royaltySales' || input.payKind === 'royaltyProfit' ? (input.rateBp ?? null) : null,
      lump_sum_fen: input.payKind === 'lumpSum' ? (input.lumpSumFen ?? null) : null,
      term_from: input.termFrom,
      term_to: input.termTo,
      field_of_use: input.fieldOfUse ?? null,
      annual_fee_fen: input.annualFeeFen,
      declared_on: today,
      search_text: [title, no, holder.name, holder.shortName ?? '', facts.mainIpc ?? ''].join(' '),
    };
  }

  return { ruleRows, ruleValue, mapRule, map, visible, prepare };
}
export type DeclarationSupport = ReturnType<typeof createDeclarationSupport>;
