import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import {
  type HonourList,
  HONOUR_LIST_SIZE,
  type HoursReport,
  type HoursReview,
  RecordMethodLabels,
  RecordStatusLabels,
  type ServiceRecord,
  type ServiceRecordListQuery,
  type VolunteerKind,
  type VolunteerRequest,
  type VolunteerSkill,
  type VolunteerStats,
  VOLUNTEER_KINDS,
  VOLUNTEER_SKILLS,
} from '../../../common/services-volunteer';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import { certificatePdf, hoursOf } from './service-record.workbook';
import { canManageVolunteers, canSeeVolunteer, volunteerScope } from './services.policy';
import type { VolunteerRequestDeps, VolunteerRequestSupport } from './volunteer-request-support.service';
import { toRecord } from './volunteer-request-support.service';
import { cityOf } from './volunteer.service';

/** Longest a signed-in service may run before the sign-out is refused as a forgotten one (12 hours). */
const MAX_SIGNED_MINUTES = 720;

/** Service records and hours: self-reported for approval, or signed in and out by the request's code; statistics, honours, certificates. */
export function createServiceRecordService(deps: VolunteerRequestDeps, s: VolunteerRequestSupport) {
  const { db, repo, volunteers, records, audit, clock, calendar } = deps;
  const note = (trx: Parameters<typeof audit.record>[0], actor: Actor, requestId: string, action: string, after: unknown) =>
    audit.record(trx, actor, { action, entityType: 'servicesVolunteerRequest', entityId: requestId, after });

  /** The caller as the volunteer who accepted this request; anyone else is refused naming the request. */
  async function servingVolunteer(actor: Actor, requestId: string) {
    const r = await s.visible(actor, requestId);
    const me = await volunteers.findByUser(db, actor.userId);
    const offer = me ? (await repo.offers(db, requestId)).find((o) => o.volunteer_id === me.id && o.status === 'accepted') : undefined;
    if (!me || !offer) throw fieldError('requestId', '您不是该求助的服务志愿者');
    if (r.status !== 'accepted') throw fieldError('requestId', '该求助不在服务中');
    return { r, me };
  }

  async function afterChange(actor: Actor, requestId: string): Promise<VolunteerRequest> {
    return s.detail(actor, await s.visible(actor, requestId));
  }

  return {
    /** Service records the caller may see: the office its city's, a volunteer their own, an enterprise those on its requests. */
    async list(actor: Actor, q: ServiceRecordListQuery): Promise<Page<ServiceRecord>> {
      const { rows, total } = await records.list(db, q, volunteerScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'servedOn', order: q.order });
      return { items: rows.map(toRecord), total, page: q.page, pageSize: q.pageSize };
    },

    /** The filtered service records as an Excel workbook (the hour sheet volunteers' schools and employers ask for). */
    async exportXlsx(actor: Actor, q: ServiceRecordListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({
        name: '志愿服务记录',
        rows: page.items,
        columns: [
          { header: '服务日期', width: 12, value: (r) => r.servedOn },
          { header: '志愿者', width: 12, value: (r) => r.volunteerName },
          { header: '求助编号', width: 14, value: (r) => r.requestNumber },
          { header: '企业', width: 30, value: (r) => r.enterpriseName },
          { header: '服务事项', width: 30, value: (r) => r.requestTitle },
          { header: '时长(小时)', width: 10, value: (r) => Number(hoursOf(r.minutes)) },
          { header: '记录方式', width: 10, value: (r) => RecordMethodLabels[r.method].zh },
          { header: '状态', width: 10, value: (r) => RecordStatusLabels[r.status].zh },
          { header: '服务成果', width: 40, value: (r) => r.outcome },
        ],
      });
    },

    /** The serving volunteer reports hours; the office approves them within the working days the rule gives. */
    async report(actor: Actor, requestId: string, input: HoursReport): Promise<VolunteerRequest> {
      const { me } = await servingVolunteer(actor, requestId);
      const today = s.today();
      if (input.servedOn > today) throw fieldError('servedOn', '服务日期不能晚于今天');
      const rule = await repo.timeLimit(db, 'hours.review');
      await inTransaction(db, async (trx) => {
        const v = { request_id: requestId, volunteer_id: me.id, method: 'selfReport', served_on: input.servedOn, minutes: input.minutes, outcome: input.outcome, status: 'reported', review_due_on: calendar.addWorkingDays(today, rule.working_days), signed_in_at: null };
        await records.insert(trx, v, clock.now());
        await note(trx, actor, requestId, 'reportHours', v);
      });
      return afterChange(actor, requestId);
    },

    /** The serving volunteer signs in on site with the code the enterprise shows them. */
    async signIn(actor: Actor, requestId: string, code: string): Promise<VolunteerRequest> {
      const { r, me } = await servingVolunteer(actor, requestId);
      if (r.sign_code !== code) throw fieldError('code', '签到码不正确');
      if (await records.openSignIn(db, requestId, me.id)) throw fieldError('code', '您已签到，请先签退');
      await inTransaction(db, async (trx) => {
        const now = clock.now();
        await records.insert(trx, { request_id: requestId, volunteer_id: me.id, method: 'code', served_on: chinaDate(now), minutes: 0, outcome: '', status: 'signedIn', review_due_on: null, signed_in_at: now }, now);
        await note(trx, actor, requestId, 'signIn', { volunteerId: me.id });
      });
      return afterChange(actor, requestId);
    },

    /** Signing out with the same code records the minutes between; a code-signed record needs no approval. */
    async signOut(actor: Actor, requestId: string, code: string, outcome: string): Promise<VolunteerRequest> {
      const { r, me } = await servingVolunteer(actor, requestId);
      if (r.sign_code !== code) throw fieldError('code', '签到码不正确');
      const open = await records.openSignIn(db, requestId, me.id);
      if (!open?.signed_in_at) throw fieldError('code', '您尚未签到');
      const now = clock.now();
      const minutes = Math.round((now.getTime() - open.signed_in_at.getTime()) / 60_000);
      if (minutes > MAX_SIGNED_MINUTES) throw fieldError('code', '签到已超过12小时，请改为自行填报服务时长');
      await inTransaction(db, async (trx) => {
        if ((await records.lock(trx, requestId, open.id))?.status !== 'signedIn') throw fieldError('code', '您尚未签到');
        await records.update(trx, requestId, open.id, { status: 'approved', minutes, outcome, signed_out_at: now });
        await note(trx, actor, requestId, 'signOut', { volunteerId: me.id, minutes });
      });
      return afterChange(actor, requestId);
    },

    /** The office approves or rejects self-reported hours. */
    async review(actor: Actor, requestId: string, recordId: string, input: HoursReview): Promise<VolunteerRequest> {
      const r = await s.visible(actor, requestId);
      if (!canManageVolunteers(actor, r.region_code)) throw forbidden('只有本市知识产权局可以审核服务时长');
      await inTransaction(db, async (trx) => {
        const row = await records.lock(trx, requestId, recordId);
        if (!row) throw notFound('服务记录');
        if (row.status !== 'reported') throw fieldError('decision', '该服务记录已审核');
        if (input.decision === 'rejected' && !input.note) throw fieldError('note', '请说明不予认定的原因');
        await records.update(trx, requestId, recordId, { status: input.decision, reviewed_by: actor.userId, reviewed_at: clock.now(), review_note: input.note ?? null });
        await note(trx, actor, requestId, 'reviewHours', { recordId, decision: input.decision });
      });
      return afterChange(actor, requestId);
    },

    /** Volunteer-hour statistics of a year in the caller's city. */
    async stats(actor: Actor, year: number): Promise<VolunteerStats> {
      const prefix = regionPrefix(cityOf(actor.regionCode));
      const [kinds, requests, minutes] = await Promise.all([volunteers.figures(db, prefix, year), repo.figures(db, prefix, year), records.minutesBySkill(db, prefix, year)]);
      const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
      const rated = sum(requests, (r) => r.rated);
      return {
        year,
        volunteers: sum(kinds, (k) => k.volunteers),
        activeVolunteers: sum(kinds, (k) => k.active),
        requests: sum(requests, (r) => r.requests),
        completed: sum(requests, (r) => r.completed),
        approvedMinutes: sum(kinds, (k) => k.minutes),
        averageRating: rated ? Math.round((sum(requests, (r) => r.rating_sum) / rated) * 10) / 10 : null,
        bySkill: VOLUNTEER_SKILLS.map((skill: VolunteerSkill) => ({ skill, requests: requests.find((r) => r.skill === skill)?.requests ?? 0, minutes: minutes.find((m) => m.skill === skill)?.minutes ?? 0 })),
        byKind: VOLUNTEER_KINDS.map((kind: VolunteerKind) => ({ kind, volunteers: kinds.find((k) => k.kind === kind)?.volunteers ?? 0, minutes: kinds.find((k) => k.kind === kind)?.minutes ?? 0 })),
      };
    },

    /** The year's honour list: the volunteers with the most approved hours in the caller's city. */
    async honours(actor: Actor, year: number): Promise<HonourList> {
      const rows = await records.honours(db, regionPrefix(cityOf(actor.regionCode)), year, HONOUR_LIST_SIZE);
      return { year, items: rows.map((r, i) => ({ rank: i + 1, volunteerId: r.id, name: r.name, kind: r.kind as VolunteerKind, affiliation: r.affiliation, minutes: r.minutes, services: r.services, averageRating: r.average_rating === null ? null : Math.round(r.average_rating * 10) / 10 })) };
    },

    /** The certificate of a volunteer's approved hours in a year (the volunteer's own, or any the office may see). */
    async certificate(actor: Actor, volunteerId: string, year: number): Promise<{ name: string; bytes: Buffer }> {
      const v = await volunteers.find(db, volunteerId);
      if (!v || !canSeeVolunteer(actor, v)) throw notFound('志愿者');
      const rows = await records.approvedOf(db, volunteerId, year);
      if (rows.length === 0) throw fieldError('year', `${year}年没有经认定的服务时长`);
      const bytes = await certificatePdf({
        number: `ZZ-${year}-${volunteerId.slice(0, 8).toUpperCase()}`,
        year,
        name: v.name,
        kind: v.kind as VolunteerKind,
        affiliation: v.affiliation,
        issuer: '深圳市市场监督管理局（深圳市知识产权局）  共青团深圳市委员会',
        issuedOn: s.today(),
        rows: rows.map((r) => ({ servedOn: r.served_on, enterprise: r.enterprise_name, title: r.request_title, minutes: r.minutes })),
      });
      return { name: `志愿服务时长证明-${v.name}-${year}.pdf`, bytes };
    },
  };
}
export type ServiceRecordService = ReturnType<typeof createServiceRecordService>;
