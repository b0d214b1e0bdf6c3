import type { Org } from '../../../common/org';
import type { PartyInput } from '../../../common/protection';
import type { Logger } from 'pino';
import type { Db, Tx } from '../../db/database';
import type { Actor } from '../../platform/access';
import { type Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { canFileInRegion, sidesOf } from './protection.policy';
import type { Deriver } from './case-derive.service';
import type { CasePartsRepository } from './case-parts.repository';
import type { CaseRepository } from './case.repository';
import type { Intake, NewCase } from './intake.service';
import type { Notifier } from './notifier.service';
import type { MediatorRepository } from './mediator.repository';
import { inTransaction } from '../../db/unit-of-work';

/** The most rows an export writes. */
export const EXPORT_MAX = 50_000;

export interface CaseServiceDeps {
  db: Db;
  clock: Clock;
  repo: CaseRepository;
  parts: CasePartsRepository;
  mediators: MediatorRepository;
  deriver: Deriver;
  intake: Intake;
  notifier: Notifier;
  logger: Logger;
  orgs: (ids: readonly string[]) => Promise<Org[]>;
  regionName: (code: string) => string;
  regionExists: (code: string) => boolean;
}

/** Checks and lookups the case queries and commands share: what the caller may see, organisation names, filing a case. */
/** Writes of the filing module that must commit with the new case. */
export type FiledFollowUp = (trx: Tx, filed: { id: string; caseNo: string }) => Promise<void>;

export function createCaseSupport(deps: CaseServiceDeps) {
  const { db, clock, repo, parts, intake, notifier, logger, orgs, regionExists } = deps;

  async function orgNames(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((x): x is string => !!x))];
    return new Map((await orgs(wanted)).map((o) => [o.id, o.name]));
  }

  async function orgOfKind(id: string, kinds: readonly Org['kind'][], field: string, message: string): Promise<Org> {
    const [o] = await orgs([id]);
    if (!o || !kinds.includes(o.kind)) throw fieldError(field, message);
    return o;
  }

  async function checkParties(actor: Actor, parties: readonly PartyInput[], mustInclude: boolean): Promise<void> {
    const ids = parties.flatMap((p) => (p.orgId ? [p.orgId] : []));
    const known = new Set((await orgs(ids)).map((o) => o.id));
    parties.forEach((p, i) => {
      if (p.orgId && !known.has(p.orgId)) throw fieldError(`parties.${i}.orgId`, '机构不存在');
    });
    if (mustInclude && !parties.some((p) => p.role === 'applicant' && p.orgId === actor.orgId)) {
      throw fieldError('parties', `申请人中须有本单位（${actor.orgName}）`);
    }
  }

  function checkRegion(actor: Actor, code: string): void {
    if (!regionExists(code)) throw fieldError('regionCode', `行政区划代码 ${code} 不存在`);
    if (!canFileInRegion(actor, code)) throw fieldError('regionCode', '超出您的管辖范围');
  }

  /** Finds a case the caller may see, with its parties and the caller's sides. */
  async function visible(trx: Db, actor: Actor, id: string) {
    const c = await repo.find(trx, id);
    if (!c) throw notFound('案件');
    const parties = await parts.parties(trx, id);
    const sides = sidesOf(actor, c, parties);
    if (sides.length === 0) throw notFound('案件');
    return { c, parties, sides };
  }

  /**
   * Registers a case in its own transaction and tells whoever must act first. `alsoIn` lets the
   * module that files the case (the services desk) write its side in the same transaction, so the
   * case and the record it came from commit together or not at all.
   */
  async function file(actor: Actor, n: NewCase, alsoIn?: FiledFollowUp): Promise<string> {
    const names = await orgNames([n.orgId, n.courtId, n.referringOrgId]);
    const { id, change } = await inTransaction(db, async (trx) => {
      const filed = await intake.insert(trx, actor, n, clock.now(), names);
      if (alsoIn) await alsoIn(trx, { id: filed.id, caseNo: filed.caseNo });
      return filed;
    });
    await notifier.notifyNext(id, change).catch((err: unknown) => logger.warn({ err, caseId: id }, 'could not notify the next actor'));
    return id;
  }

  return { orgNames, orgOfKind, checkParties, checkRegion, visible, file };
}
