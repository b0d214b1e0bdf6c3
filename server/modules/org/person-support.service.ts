import type { Person } from '../../../common/org';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canSeePerson } from './org.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { JobService } from '../../platform/jobs/job.service';
import type { PersonRepository, PersonRow } from './person.repository';
import type { OrgService } from './org.service';

export function mapPerson(r: PersonRow): Person {
  return {
    id: r.id,
    name: r.name,
    title: r.title,
    orgId: r.org_id,
    orgName: r.org_name,
    regionCode: r.region_code,
    phone: r.phone,
    email: r.email,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface PersonDeps {
  db: Db;
  repo: PersonRepository;
  orgs: OrgService;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
}

/** What the queries and commands of contact people share: mappers and the checks that find a record the caller may see. */
export function createPersonSupport(deps: PersonDeps) {
  const { repo } = deps;

  async function findVisible(trx: Db, actor: Actor, id: string): Promise<PersonRow> {
    const row = await repo.find(trx, id);
    if (!row || !canSeePerson(actor, { regionCode: row.region_code, orgId: row.org_id })) throw notFound('人员');
    return row;
  }

  return { findVisible };
}
export type PersonSupport = ReturnType<typeof createPersonSupport>;
