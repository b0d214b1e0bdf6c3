import type { Org } from '../../../common/org';
import type { AdjudicationCaseCreate, MediationCaseCreate } from '../../../common/protection';
import { type CaseDetail } from '../../../common/protection-case';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { fieldError } from '../../platform/errors';
import { filesAs, isCaseOffice } from './protection.policy';
import { mapParty } from './case-view.service';
import { createCaseQueries } from './case-queries.service';
import { type CaseServiceDeps, createCaseSupport, type FiledFollowUp } from './case-support.service';

/** Filing cases: mediation applications and referrals, adjudication requests, and the adjudication a failed patent mediation turns into. */
export function createCaseCommands(deps: CaseServiceDeps) {
  const { clock, repo, parts, intake } = deps;
  const today = () => chinaDate(clock.now());
  const { orgOfKind, checkParties, checkRegion, file } = createCaseSupport(deps);
  const { detail } = createCaseQueries(deps);

  const commands = {
    /** Files a mediation case: an enterprise applies online, a court refers (委派/委托), an office refers. */
    async createMediation(actor: Actor, input: MediationCaseCreate, alsoIn?: FiledFollowUp): Promise<CaseDetail> {
      const as = filesAs(actor);
      if (as === 'court') {
        if (input.source !== 'courtPreFiling' && input.source !== 'courtInLitigation') throw fieldError('source', '法院只能委派或委托调解');
        if (input.courtId !== actor.orgId) throw fieldError('courtId', '只能以本院名义委派或委托调解');
      } else if (as === 'party' && input.source !== 'application') {
        throw fieldError('source', '企业只能在线申请调解');
      }
      checkRegion(actor, input.regionCode);
      await orgOfKind(input.orgId, ['mediationOrg'], 'orgId', '请选择调解组织');
      // A case filed where no mediator is on the roster would reach nobody.
      const staffed = await deps.mediators.countByOrg(deps.db, [input.orgId]);
      if (!staffed.get(input.orgId)) throw fieldError('orgId', '该调解组织暂无在册调解员，不能受理调解申请，请选择其他调解组织');
      if (input.courtId) await orgOfKind(input.courtId, ['court'], 'courtId', '请选择法院');
      await checkParties(actor, input.parties, as === 'party');
      const day = today();
      const screened = input.source !== 'application';
      const referrer = input.source === 'officeReferral' ? actor.orgId : input.source === 'application' ? null : (input.courtId ?? null);
      const id = await file(actor, {
        kind: 'mediation',
        source: input.source,
        status: screened ? 'awaitingAssignment' : 'submitted',
        orgId: input.orgId,
        regionCode: input.regionCode,
        disputeType: input.disputeType,
        procedure: input.source === 'courtInLitigation' ? (input.procedure ?? 'ordinary') : null,
        courtId: input.courtId ?? null,
        courtCaseNo: input.courtCaseNo,
        referringOrgId: referrer,
        fromCaseId: null,
        summary: input.summary,
        claims: input.claims,
        amountFen: input.amountFen,
        receivedOn: day,
        admittedOn: screened ? day : null,
        parties: input.parties,
        rights: input.rights,
      }, alsoIn);
      return detail(actor, id);
    },

    /** Files a request for administrative adjudication of a patent infringement dispute. */
    async createAdjudication(actor: Actor, input: AdjudicationCaseCreate): Promise<CaseDetail> {
      const isOffice = isCaseOffice(actor);
      checkRegion(actor, input.regionCode);
      await orgOfKind(input.orgId, ['ipOffice', 'districtOffice'], 'orgId', '请选择受理的知识产权局');
      await checkParties(actor, input.parties, !isOffice);
      const day = today();
      const receivedOn = isOffice && input.receivedOn ? input.receivedOn : day;
      if (receivedOn > day) throw fieldError('receivedOn', '收到日期不能晚于今天');
      const id = await file(actor, {
        kind: 'adjudication',
        source: 'application',
        status: 'received',
        orgId: input.orgId,
        regionCode: input.regionCode,
        disputeType: 'patent',
        procedure: null,
        courtId: null,
        courtCaseNo: null,
        referringOrgId: null,
        fromCaseId: null,
        summary: input.summary,
        claims: input.claims,
        amountFen: 0,
        receivedOn,
        admittedOn: null,
        parties: input.parties,
        rights: input.rights,
      });
      return detail(actor, id);
    },

    /** Opens an adjudication case from a failed patent mediation, inside the workflow's transaction. */
    async openAdjudicationFrom(trx: Db, actor: Actor | null, caseId: string, office: Org, day: string, names: Map<string, string>) {
      const c = (await repo.find(trx, caseId))!;
      const rights = (await parts.rights(trx, caseId)).filter((r) => r.kind === 'invention' || r.kind === 'utilityModel' || r.kind === 'design');
      if (rights.length === 0) throw fieldError('adjudicationOrgId', '案件未登记涉案专利，不能转请行政裁决');
      const parties = (await parts.parties(trx, caseId)).map(mapParty);
      return intake.insert(
        trx,
        actor,
        {
          kind: 'adjudication',
          source: 'mediationTransfer',
          status: 'received',
          orgId: office.id,
          regionCode: c.region_code,
          disputeType: 'patent',
          procedure: null,
          courtId: null,
          courtCaseNo: null,
          referringOrgId: c.org_id,
          fromCaseId: c.id,
          summary: c.summary,
          claims: c.claims,
          amountFen: 0,
          receivedOn: day,
          admittedOn: null,
          parties,
          rights: rights.map((r) => ({ kind: r.kind as never, number: r.number, title: r.title })),
        },
        clock.now(),
        names,
      );
    },
  };
  return commands;
}
