import type { AuditEvent } from '../../../common/audit';
import type { MatchReason, Offer, ServiceRecord, VolunteerRequest, VolunteerRequestSummary } from '../../../common/services-volunteer';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { WorkingCalendar } from '../../platform/calendar';
import { chinaDate, type Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import type { RecordRow, ServiceRecordRepository } from './service-record.repository';
import { canManageVolunteers, canSeeRequest, isRequester, isVolunteer } from './services.policy';
import type { OfferRow, RequestRow, VolunteerRequestRepository } from './volunteer-request.repository';
import type { VolunteerRepository } from './volunteer.repository';

/** What the request service needs. */
export interface VolunteerRequestDeps {
  db: Db;
  repo: VolunteerRequestRepository;
  volunteers: VolunteerRepository;
  records: ServiceRecordRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  calendar: WorkingCalendar;
  history: (type: string, id: string) => Promise<AuditEvent[]>;
}

/** A service record as the pages show it. */
export function toRecord(r: RecordRow): ServiceRecord {
  return {
    id: r.id,
    requestId: r.request_id,
    requestNumber: r.request_number,
    requestTitle: r.request_title,
    enterpriseName: r.enterprise_name,
    volunteerId: r.volunteer_id,
    volunteerName: r.volunteer_name,
    method: r.method as ServiceRecord['method'],
    servedOn: r.served_on,
    minutes: r.minutes,
    outcome: r.outcome,
    status: r.status as ServiceRecord['status'],
    reviewDueOn: r.review_due_on,
    reviewNote: r.review_note,
  };
}

const toOffer = (o: OfferRow): Offer => ({
  id: o.id,
  requestId: o.request_id,
  volunteerId: o.volunteer_id,
  volunteerName: o.volunteer_name,
  volunteerKind: o.volunteer_kind as Offer['volunteerKind'],
  status: o.status as Offer['status'],
  score: o.score,
  reasons: Array.isArray(o.reasons) ? (o.reasons as MatchReason[]) : [],
  declineReason: o.decline_reason,
  offeredAt: o.offered_at.toISOString(),
  answeredAt: o.answered_at ? o.answered_at.toISOString() : null,
});

/** What both halves of the request service use: mappers and "find one the caller may see". */
export function createVolunteerRequestSupport(deps: VolunteerRequestDeps) {
  const { db, repo, records, org, clock } = deps;
  const today = () => chinaDate(clock.now());

  const summary = (r: RequestRow): VolunteerRequestSummary => ({
    id: r.id,
    number: r.number,
    regionCode: r.region_code,
    regionName: org.regions.exists(r.region_code) ? org.regions.fullName(r.region_code) : r.region_code,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    title: r.title,
    skill: r.skill as VolunteerRequestSummary['skill'],
    language: r.language as VolunteerRequestSummary['language'],
    urgency: r.urgency as VolunteerRequestSummary['urgency'],
    status: r.status as VolunteerRequestSummary['status'],
    dueOn: r.due_on,
    overdue: r.status === 'open' && r.due_on < today(),
    rating: r.rating,
    createdAt: r.created_at.toISOString(),
  });

  /** The request, or 404 when the caller may not see it (exactly as when it does not exist). */
  async function visible(actor: Actor, id: string): Promise<RequestRow> {
    const r = await repo.find(db, id);
    if (!r || !canSeeRequest(actor, { ...r, offeredTo: r.offered_to })) throw notFound('求助');
    return r;
  }

  async function detail(actor: Actor, r: RequestRow): Promise<VolunteerRequest> {
    const [offerRows, recordRows, rule] = await Promise.all([repo.offers(db, r.id), records.forRequest(db, r.id), repo.timeLimit(db, `request.${r.urgency}`)]);
    const manage = canManageVolunteers(actor, r.region_code);
    const requester = isRequester(actor, r);
    // a volunteer sees their own offer and records only, not whom else the office asked
    const mineOnly = !manage && !requester;
    const offers = offerRows.filter((o) => !mineOnly || isVolunteer(actor, o.volunteer_user_id));
    const mine = offerRows.find((o) => isVolunteer(actor, o.volunteer_user_id));
    const open = r.status === 'open' || r.status === 'offered';
    return {
      ...summary(r),
      need: r.need,
      dueRule: { name: rule.name, source: rule.source, citation: rule.citation },
      signCode: manage || requester ? r.sign_code : null,
      ratingComment: r.rating_comment,
      offers: offers.map(toOffer),
      records: recordRows.filter((x) => !mineOnly || isVolunteer(actor, x.volunteer_user_id)).map(toRecord),
      can: {
        offer: manage && open,
        answer: !!mine && mine.status === 'offered' && open,
        record: !!mine && mine.status === 'accepted' && r.status === 'accepted',
        rate: requester && r.status === 'completed' && r.rating === null,
        cancel: (requester || manage) && open,
        complete: (requester || manage) && r.status === 'accepted',
      },
    };
  }

  return { summary, visible, detail, today, toRecord };
}
export type VolunteerRequestSupport = ReturnType<typeof createVolunteerRequestSupport>;
