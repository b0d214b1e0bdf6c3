import { type ReportedMeeting, type ReportedMeetingInput, ReportedMeetingSchema } from '../../../common/conference-report';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { fieldError, fieldErrors } from '../../platform/errors';
import type { OrgNameIndex } from '../org/org.contract';
import { canManageRegion } from './conference.policy';
import { indexMeeting } from './meeting-lookup.service';
import type { AttendeeValues } from './registration.repository';
import { inTransaction } from '../../db/unit-of-work';
import type { ReportedDeps } from './reported-support.service';

/** A report's start: a bare date is read as 09:00 China time on that day. */
function instant(text: string, field: string): Date {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T09:00:00+08:00`) : new Date(text);
  if (Number.isNaN(d.getTime())) throw fieldError(field, '时间格式无效');
  return d;
}

/** Writes of reported meetings: checks a meeting read from a report and records it with its attendees, agreements and unveilings in one transaction. */
export function createReportedCommands(deps: ReportedDeps) {
  const { db, meetings, regs, records, recordService, org, audit, clock, search } = deps;

  /**
   * People named in the report who belong to a known organisation are matched by name within it
   * (read before the transaction opens: on the embedded database a query outside the transaction
   * would wait for it), and the unknown ones are added to its roster inside the meeting's
   * transaction, so a failed save adds nobody.
   */
  async function matchPeople(actor: Actor, m: ReportedMeeting, names: OrgNameIndex) {
    const rows: (AttendeeValues & { newPersonOrg: string | null })[] = [];
    for (const a of m.attendees) {
      const found = a.orgName ? names.resolve(a.orgName) : null;
      const orgRef = found && 'id' in found ? found : null;
      const existing = orgRef
        ? (await org.people.list(actor, { page: 1, pageSize: 50, order: 'asc', sort: 'name', orgId: orgRef.id, q: a.name })).items.find((p) => p.name === a.name)
        : undefined;
      rows.push({
        person_id: existing?.id ?? null,
        name: a.name,
        title: a.title,
        org_id: orgRef?.id ?? null,
        org_name: orgRef?.name ?? a.orgName ?? null,
        role: 'attendee',
        online: false,
        source: 'reported',
        newPersonOrg: orgRef && !existing ? orgRef.id : null,
      });
    }
    return async (trx: Db): Promise<AttendeeValues[]> => {
      const out: AttendeeValues[] = [];
      for (const { newPersonOrg, ...row } of rows) {
        if (newPersonOrg) row.person_id = (await org.people.createIn(trx, actor, { name: row.name, title: row.title, orgId: newPersonOrg, phone: null, email: null })).id;
        out.push(row);
      }
      return out;
    };
  }

  return {
    /**
     * Checks a reported meeting and reads what it needs (organisations, people), then answers the
     * function that writes it inside a transaction the caller opens — so the publishing module saves
     * the article and its meeting together.
     */
    async prepareReportedMeeting(actor: Actor, input: ReportedMeetingInput): Promise<(trx: Db) => Promise<{ meetingId: string; agreementIds: string[] }>> {
      const parsed = ReportedMeetingSchema.safeParse(input);
      if (!parsed.success) throw fieldErrors(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })));
      const m = parsed.data;
      if (!org.regions.exists(m.regionCode)) throw fieldError('regionCode', `行政区划代码 ${m.regionCode} 不存在`);
      if (!canManageRegion(actor, m.regionCode)) throw fieldError('regionCode', '超出您的管辖范围');
      const startsAt = instant(m.startsAt, 'startsAt');
      const endsAt = m.endsAt ? instant(m.endsAt, 'endsAt') : null;
      if (endsAt && endsAt < startsAt) throw fieldError('endsAt', '结束时间不能早于开始时间');
      const names = await org.orgs.nameIndex(actor);
      const addPeople = await matchPeople(actor, m, names);
      const party = (name: string) => {
        const f = names.resolve(name);
        return { org_id: 'id' in f ? f.id : null, name, signer: null, signer_title: null };
      };
      return async (trx) => {
          const attendees = await addPeople(trx);
          const meetingId = await meetings.insert(
            trx,
            {
              region_code: m.regionCode,
              kind: m.kind,
              title: m.title,
              starts_at: startsAt,
              ends_at: endsAt,
              venue: m.venue ?? null,
              mode: m.mode,
              online_url: null,
              online_audience: m.onlineAudience ?? null,
              attendee_count: m.attendeeCount ?? null,
              capacity: null,
              waitlist: false,
              theme: m.theme ?? null,
              summary: m.summary ?? null,
              source_article_id: m.sourceArticleId ?? null,
            },
            actor.userId,
            clock.now(),
          );
          await meetings.setOrgs(
            trx,
            meetingId,
            (m.orgs ?? []).map((o) => ({ role: o.role, org_id: party(o.name).org_id, org_name: o.name })),
          );
          await regs.insertAttendees(trx, meetingId, attendees);
          const day = chinaDate(startsAt);
          const agreementIds: string[] = [];
          for (const a of m.agreements) {
            const id = await records.insertAgreement(trx, { meeting_id: meetingId, region_code: m.regionCode, title: a.title.replace(/^《|》$/g, ''), kind: a.kind, signed_on: day, summary: null }, actor.userId, clock.now());
            await records.setParties(trx, id, a.parties.map(party));
            const after = await recordService.reindexAgreement(trx, id);
            await audit.record(trx, actor, { action: 'create', entityType: 'agreement', entityId: id, after });
            agreementIds.push(id);
          }
          for (const u of m.unveilings) await records.insertUnveiling(trx, { meeting_id: meetingId, region_code: m.regionCode, what: u.what, on_date: day, unveiled_by: u.by }, clock.now());
          await audit.record(trx, actor, {
            action: 'create',
            entityType: 'meeting',
            entityId: meetingId,
            after: { title: m.title, kind: m.kind, startsAt: startsAt.toISOString(), attendees: m.attendees.length, agreements: m.agreements.length, unveilings: m.unveilings.length, sourceArticleId: m.sourceArticleId ?? null },
          });
          await indexMeeting(trx, search, meetings, regs, meetingId);
          return { meetingId, agreementIds };
      };
    },

    /** Records a reported meeting with its attendees, agreements and unveilings in one transaction. */
    async recordReportedMeeting(actor: Actor, input: ReportedMeetingInput): Promise<{ meetingId: string; agreementIds: string[] }> {
      const save = await this.prepareReportedMeeting(actor, input);
      return inTransaction(db, save);
    },
  };
}
export type ReportedCommands = ReturnType<typeof createReportedCommands>;
