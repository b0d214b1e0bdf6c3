import { randomInt } from 'node:crypto';
import { regionPrefix } from '../../../common/region';
import type { OfferAnswer, Rating, VolunteerLanguage, VolunteerRequest, VolunteerRequestCreate, VolunteerSkill } from '../../../common/services-volunteer';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { scoreCandidate } from './domain/volunteer-match';
import { canManageVolunteers, isRequester } from './services.policy';
import type { VolunteerRequestDeps, VolunteerRequestSupport } from './volunteer-request-support.service';
import { cityOf } from './volunteer.service';

/** The writes of the request service: post, offer, answer, withdraw, complete, rate. */
export function createVolunteerRequestCommands(deps: VolunteerRequestDeps, s: VolunteerRequestSupport) {
  const { db, repo, volunteers, records, org, audit, clock, calendar } = deps;
  const record = (trx: Parameters<typeof audit.record>[0], actor: Actor, id: string, action: string, after: unknown, before?: unknown) =>
    audit.record(trx, actor, { action, entityType: 'servicesVolunteerRequest', entityId: id, before, after });

  /** Locks the request and checks it is still in one of `states`; another change in between answers 409. */
  async function locked(trx: Parameters<typeof repo.lock>[0], id: string, states: readonly string[], field: string, message: string) {
    const r = await repo.lock(trx, id);
    if (!r) throw notFound('求助');
    if (!states.includes(r.status)) throw fieldError(field, message);
    return r;
  }

  return {
    /** An enterprise posts a request; the office owes a suggestion within the working days its urgency allows. */
    async create(actor: Actor, input: VolunteerRequestCreate): Promise<VolunteerRequest> {
      if (!actor.roles.includes('enterprise')) throw forbidden('只有企业用户可以提出求助');
      const city = cityOf(actor.regionCode);
      if (!org.regions.exists(input.districtCode) || !input.districtCode.startsWith(regionPrefix(city))) throw fieldError('districtCode', '请选择本市的区');
      const rule = await repo.timeLimit(db, `request.${input.urgency}`);
      const today = s.today();
      const id = await inTransaction(db, async (trx) => {
        const number = await repo.nextNumber(trx, Number(today.slice(0, 4)));
        const v = { region_code: input.districtCode, number, enterprise_org_id: actor.orgId, title: input.title, need: input.need, skill: input.skill, language: input.language ?? null, urgency: input.urgency, due_on: calendar.addWorkingDays(today, rule.working_days), created_by: actor.userId };
        const newId = await repo.insert(trx, v, clock.now());
        await record(trx, actor, newId, 'create', v);
        return newId;
      });
      return s.detail(actor, await s.visible(actor, id));
    },

    /** The office offers the request to a volunteer, keeping the score and reasons it was offered on. */
    async offer(actor: Actor, id: string, volunteerId: string): Promise<VolunteerRequest> {
      const r = await s.visible(actor, id);
      if (!canManageVolunteers(actor, r.region_code)) throw forbidden('只有本市知识产权局可以推送求助');
      const v = await volunteers.find(db, volunteerId);
      if (!v || v.status !== 'approved' || !r.region_code.startsWith(regionPrefix(v.region_code))) throw fieldError('volunteerId', '志愿者不存在或未通过审核');
      if (!v.user_id) throw fieldError('volunteerId', '该志愿者尚未开通账号，无法接收推送');
      const scored = scoreCandidate({ skill: r.skill as VolunteerSkill, language: r.language as VolunteerLanguage | null, districtCode: r.region_code, cityCode: cityOf(r.region_code) }, { ...v, activeCount: Number(v.active_count), maxActive: v.max_active });
      await inTransaction(db, async (trx) => {
        await locked(trx, id, ['open', 'offered'], 'volunteerId', '该求助已有志愿者接受或已结束');
        if ((await repo.offers(trx, id)).some((o) => o.volunteer_id === volunteerId)) throw fieldError('volunteerId', '已向该志愿者推送过此求助');
        await repo.insertOffer(trx, { request_id: id, volunteer_id: volunteerId, score: scored.score, reasons: scored.reasons, offered_by: actor.userId }, clock.now());
        await repo.update(trx, id, { status: 'offered' }, clock.now());
        await record(trx, actor, id, 'offer', { volunteerId, score: scored.score });
      });
      return s.detail(actor, await s.visible(actor, id));
    },

    /**
     * A volunteer accepts or declines a request offered to them. A request not offered to them
     * answers exactly as one that does not exist.
     */
    async answer(actor: Actor, requestId: string, input: OfferAnswer): Promise<VolunteerRequest> {
      const me = await volunteers.findByUser(db, actor.userId);
      const offer = me ? (await repo.offers(db, requestId)).find((o) => o.volunteer_id === me.id) : undefined;
      if (!me || !offer) throw fieldError('requestId', '该求助未向您推送');
      if (offer.status !== 'offered') throw fieldError('answer', '您已答复过此求助，或推送已撤回');
      if (input.answer === 'decline' && !input.reason) throw fieldError('reason', '请说明婉拒的原因，便于重新匹配');
      if (input.answer === 'accept' && Number(me.active_count) > me.max_active) throw fieldError('answer', `您同时服务的求助已达上限（${me.max_active}件）`);
      await inTransaction(db, async (trx) => {
        await locked(trx, requestId, ['offered'], 'answer', '该求助已由其他志愿者接受或已结束');
        const at = clock.now();
        if (input.answer === 'accept') {
          await repo.answerOffer(trx, requestId, offer.id, { status: 'accepted', decline_reason: null }, at);
          await repo.withdrawOpenOffers(trx, requestId, at);
          await repo.update(trx, requestId, { status: 'accepted', sign_code: String(randomInt(0, 1_000_000)).padStart(6, '0') }, at);
        } else {
          await repo.answerOffer(trx, requestId, offer.id, { status: 'declined', decline_reason: input.reason ?? null }, at);
          const still = (await repo.offers(trx, requestId)).some((o) => o.id !== offer.id && o.status === 'offered');
          if (!still) await repo.update(trx, requestId, { status: 'open' }, at);
        }
        await record(trx, actor, requestId, input.answer, { volunteerId: me.id, reason: input.reason ?? null });
      });
      return s.detail(actor, await s.visible(actor, requestId));
    },

    /** The enterprise (or the office) withdraws a request no volunteer has taken yet. */
    async cancel(actor: Actor, id: string): Promise<VolunteerRequest> {
      const r = await s.visible(actor, id);
      if (!isRequester(actor, r) && !canManageVolunteers(actor, r.region_code)) throw forbidden('只有提出求助的企业或知识产权局可以撤回求助');
      await inTransaction(db, async (trx) => {
        await locked(trx, id, ['open', 'offered'], 'status', '已有志愿者接受的求助不能撤回');
        await repo.withdrawOpenOffers(trx, id, clock.now());
        await repo.update(trx, id, { status: 'cancelled' }, clock.now());
        await record(trx, actor, id, 'cancel', { status: 'cancelled' }, { status: r.status });
      });
      return s.detail(actor, await s.visible(actor, id));
    },

    /** The enterprise (or the office) closes the service once it has been given. */
    async complete(actor: Actor, id: string): Promise<VolunteerRequest> {
      const r = await s.visible(actor, id);
      if (!isRequester(actor, r) && !canManageVolunteers(actor, r.region_code)) throw forbidden('只有提出求助的企业或知识产权局可以办结求助');
      const given = (await records.forRequest(db, id)).filter((x) => x.status === 'approved' || x.status === 'reported');
      if (given.length === 0) throw fieldError('status', '志愿者尚未记录任何服务，不能办结');
      await inTransaction(db, async (trx) => {
        await locked(trx, id, ['accepted'], 'status', '只有服务中的求助可以办结');
        await repo.closeAccepted(trx, id, clock.now());
        await repo.update(trx, id, { status: 'completed' }, clock.now());
        await record(trx, actor, id, 'complete', { status: 'completed' }, { status: r.status });
      });
      return s.detail(actor, await s.visible(actor, id));
    },

    /** The enterprise that asked rates the completed service, once. */
    async rate(actor: Actor, id: string, input: Rating): Promise<VolunteerRequest> {
      const r = await s.visible(actor, id);
      if (!isRequester(actor, r)) throw fieldError('rating', '只有提出求助的企业可以评价');
      if (r.status !== 'completed') throw fieldError('rating', '服务办结后才能评价');
      await inTransaction(db, async (trx) => {
        const l = await repo.lock(trx, id);
        if (!l) throw notFound('求助');
        if (l.updated_at.getTime() !== r.updated_at.getTime()) throw conflict('该求助刚被修改，请刷新后再试');
        if (r.rating !== null) throw fieldError('rating', '已评价过，不能重复评价');
        await repo.update(trx, id, { rating: input.rating, rating_comment: input.comment ?? null, rated_at: clock.now() }, clock.now());
        await record(trx, actor, id, 'rate', { rating: input.rating, comment: input.comment ?? null });
      });
      return s.detail(actor, await s.visible(actor, id));
    },
  };
}
