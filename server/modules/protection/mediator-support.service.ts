import type { Org } from '../../../common/org';
import type { Mediator } from '../../../common/protection-admin';
import type { User } from '../../../common/user';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, isUniqueViolation, notFound } from '../../platform/errors';
import type { JobService } from '../../platform/jobs/job.service';
import type { MediatorRepository, MediatorRow } from './mediator.repository';
import { canHandleComplaintsIn, canSeeComplaints } from './protection.policy';

export interface MediatorServiceDeps {
  db: Db;
  clock: Clock;
  audit: AuditWriter;
  jobs: JobService;
  repo: MediatorRepository;
  /** Organisations by id that `actor` may see (all when null). */
  orgs: (actor: Actor | null, ids: readonly string[]) => Promise<Org[]>;
  /** Organisations of a kind by exact name, that the actor may see. */
  orgsByName: (actor: Actor, kind: Org['kind'], names: readonly string[]) => Promise<Org[]>;
  user: (id: string) => Promise<User | null>;
  /** Users holding the mediator role in an organisation. */
  mediatorAccounts: (orgId: string) => Promise<User[]>;
}

/** Mapping and checks the mediator queries and commands share. */
export function createMediatorSupport(deps: MediatorServiceDeps) {
  const { db, repo, orgs, user } = deps;

  async function map(rows: MediatorRow[], actor: Actor | null): Promise<Mediator[]> {
    const names = new Map((await orgs(null, rows.flatMap((r) => [r.org_id, ...(r.roster_court_id ? [r.roster_court_id] : [])]))).map((o) => [o.id, o.name]));
    const users = new Map<string, User | null>();
    for (const id of new Set(rows.flatMap((r) => (r.user_id ? [r.user_id] : [])))) users.set(id, await user(id));
    const complaints = canSeeComplaints(actor);
    return rows.map((r) => {
      const u = r.user_id ? users.get(r.user_id) : null;
      return {
        id: r.id,
        org: { id: r.org_id, name: names.get(r.org_id) ?? '' },
        name: r.name,
        title: r.title,
        phone: r.phone,
        user: u ? { id: u.id, username: u.username } : null,
        specialities: r.specialities as Mediator['specialities'],
        onRoster: r.on_roster,
        rosterCourt: r.roster_court_id ? { id: r.roster_court_id, name: names.get(r.roster_court_id) ?? '' } : null,
        status: r.status as Mediator['status'],
        workload: r.workload,
        cases: r.cases,
        concluded: r.concluded,
        succeeded: r.succeeded,
        successRate: r.concluded ? r.succeeded / r.concluded : null,
        complaints: complaints ? r.complaints : null,
        verifiedComplaints: complaints ? r.verified_complaints : null,
        createdAt: r.created_at.toISOString(),
        updatedAt: new Date(r.updated_at).toISOString(),
      };
    });
  }

  async function must(trx: Db, id: string): Promise<MediatorRow> {
    const r = await repo.find(trx, id);
    if (!r) throw notFound('调解员');
    return r;
  }

  /**
   * A mediator whose complaints the actor may read and handle: one of a mediation organisation in
   * the actor's own area (the city's office, the district, the court of that district). Any other
   * answers like a missing mediator, so complaints never cross cities.
   */
  async function mustInArea(actor: Actor, id: string): Promise<MediatorRow> {
    const row = await must(db, id);
    const [org] = await orgs(null, [row.org_id]);
    if (!canHandleComplaintsIn(actor, org?.regionCode)) throw notFound('调解员');
    return row;
  }

  /** Checks the organisation, court and account of a mediator record the actor writes. */
  async function check(actor: Actor, v: { orgId?: string | undefined; rosterCourtId?: string | null | undefined; userId?: string | null | undefined }, orgId: string): Promise<void> {
    const [org] = await orgs(actor, [orgId]);
    if (!org || org.kind !== 'mediationOrg') throw fieldError('orgId', '请选择您管辖范围内的调解组织');
    if (v.rosterCourtId) {
      const [court] = await orgs(null, [v.rosterCourtId]);
      if (court?.kind !== 'court') throw fieldError('rosterCourtId', '请选择法院');
    }
    if (v.userId) {
      const u = await user(v.userId);
      if (!u || !u.roles.includes('mediator') || u.orgId !== orgId) throw fieldError('userId', '平台账号须为该调解组织的调解员账号');
    }
  }

  function unique(err: unknown): never {
    if (isUniqueViolation(err)) throw conflict('该平台账号已绑定其他调解员', 'userId');
    throw err;
  }

  return { map, must, mustInArea, check, unique };
}
