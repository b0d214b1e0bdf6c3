import type { Conference, Liaison, Member } from '../../../common/conference';
import type { AuditEvent } from '../../../common/audit';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgServices } from '../org/org.contract';
import type { BodyRepository, ConferenceRow, LiaisonRow, MemberRow } from './body.repository';
import { canSeeConferenceOf } from './conference.policy';

export interface BodyDeps {
  db: Db;
  repo: BodyRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** What the queries and commands of the joint conference share: mappers and the checks that find a record the caller may see. */
export function createBodySupport(deps: BodyDeps) {
  const { repo, org, clock } = deps;

  const today = () => chinaDate(clock.now());

  const mapConference = (r: ConferenceRow): Conference => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: org.regions.fullName(r.region_code),
    name: r.name,
    officeOrgId: r.office_org_id,
    officeOrgName: r.office_org_name,
    establishedOn: r.established_on,
    memberCount: r.member_count,
    liaisonCount: r.liaison_count,
  });

  const mapMember = (r: MemberRow): Member => ({
    id: r.id,
    conferenceId: r.conference_id,
    orgId: r.org_id,
    orgName: r.org_name,
    orgKind: r.org_kind,
    regionCode: r.region_code,
    position: r.position as Member['position'],
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    duties: r.duties,
    sortOrder: r.sort_order,
    liaisonName: r.liaison_name,
  });

  const mapLiaison = (r: LiaisonRow): Liaison => {
    const d = today();
    return {
      id: r.id,
      conferenceId: r.conference_id,
      orgId: r.org_id,
      orgName: r.org_name,
      personId: r.person_id,
      name: r.name,
      title: r.title,
      phone: r.phone,
      email: r.email,
      termStart: r.term_start,
      termEnd: r.term_end,
      current: r.term_start <= d && (!r.term_end || r.term_end >= d),
    };
  };

  /** The region whose conference the caller means: the one asked for, inside the caller's scope. */
  function regionOf(actor: Actor, asked?: string): string {
    const code = asked ?? actor.regionCode;
    if (!canSeeConferenceOf(actor, code)) throw notFound('联席会议');
    return code;
  }

  async function conferenceOf(trx: Db, actor: Actor, regionCode?: string): Promise<ConferenceRow> {
    const row = await repo.findConference(trx, regionOf(actor, regionCode), today());
    if (!row) throw notFound('联席会议');
    return row;
  }

  return { today, mapConference, mapMember, mapLiaison, regionOf, conferenceOf };
}
export type BodySupport = ReturnType<typeof createBodySupport>;
