import type { Org } from '../../../common/org';
import type { Page } from '../../../common/pagination';
import type { AdjudicationCaseCreate, CaseListItem, CaseListQuery, MediationCaseCreate, PartyInput } from '../../../common/protection';
import { actionsFor, type ActorSide } from '../../../common/protection-workflow';
import { type CaseDetail, type CaseEvent } from '../../../common/protection-case';
import { regionPrefix } from '../../../common/region';
import type { Logger } from 'pino';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { chinaDate, type Clock } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { fieldError, notFound } from '../../platform/errors';
import { canFileInRegion, caseScope, filesAs, isCaseMediator, isCaseOffice, readableNotes, sidesOf } from './protection.policy';
import type { Deriver } from './case-derive.service';
import type { CasePartsRepository, PartyRow } from './case-parts.repository';
import { CASE_EXPORT_COLUMNS, mapCaseHead, mapListItem, mapParty, mapRight } from './case-view.service';
import type { CaseRepository, CaseRow } from './case.repository';
import type { Intake, NewCase } from './intake.service';
import type { Notifier } from './notifier.service';
import type { MediatorRepository } from './mediator.repository';
import { inTransaction } from '../../db/unit-of-work';

const EXPORT_MAX = 50_000;

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

/** Filing cases, the case page and the case lists; every read stays inside what the caller may see. */
export function createCaseService(deps: CaseServiceDeps) {
  const { db, clock, repo, parts, mediators, deriver, intake, notifier, logger, orgs, regionName, regionExists } = deps;
  const today = () => chinaDate(clock.now());

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

  /** The case page from rows read through `trx`, with the organisations' names read beforehand. */
  async function build(trx: Db, seen: { c: CaseRow; parties: PartyRow[]; sides: ActorSide[] }, names: Map<string, string>): Promise<CaseDetail> {
    const { c, parties, sides } = seen;
    const id = c.id;
    const [rights, evidence, notes, agreement, report, panel, derived] = await Promise.all([
      parts.rights(trx, id),
      parts.evidence(trx, id),
      parts.notes(trx, id, readableNotes(sides)),
      parts.agreement(trx, id),
      parts.failureReport(trx, id),
      parts.panel(trx, id),
      deriver.derive(trx, c, parties, today()),
    ]);
    const head = mapCaseHead(c, names, regionName(c.region_code));
    const terminal = derived.nextActor === 'none';
    const editable = terminal ? [] : sides.includes('office') || sides.includes('mediator') ? parties : parties.filter((p) => sides.includes(p.role as never));
    return {
      ...head,
      parties: parties.map(mapParty),
      rights: rights.map(mapRight),
      evidence: evidence.map((e) => ({ id: e.id, title: e.title, side: e.side as never, fileName: e.file_name, size: e.size, mime: e.mime, uploadedBy: e.uploaded_by_name, createdAt: e.created_at.toISOString() })),
      notes: notes.map((n) => ({ id: n.id, visibility: n.visibility as never, authorName: n.author_name, text: n.text, createdAt: n.created_at.toISOString() })),
      agreement: agreement
        ? {
            terms: agreement.terms,
            performanceMethod: agreement.performance_method,
            performanceDeadline: agreement.performance_deadline,
            affectsValidity: agreement.affects_validity,
            signatures: agreement.signatures,
            mediatorSignedOn: agreement.mediator_signed_on,
            sealedOn: agreement.sealed_on,
            sealOrgName: agreement.seal_org_name,
            effectiveOn: agreement.effective_on,
          }
        : null,
      failureReport: report
        ? { whatHappened: report.what_happened, whyFailed: report.why_failed, costConduct: report.cost_conduct, notes: report.notes, reportedBy: report.reported_by, reportedOn: report.reported_on }
        : null,
      panel: panel.map((m) => ({ id: m.id, name: m.name, presiding: m.presiding, recusedOn: m.recused_on, recusalReason: m.recusal_reason })),
      deadlines: derived.deadlines,
      viewer: { sides, actions: actionsFor(c.kind as never, c.status as never, sides).filter((a) => a !== 'acceptanceTimeout'), canEditParties: editable.map((p) => p.id) },
    };
  }

  /** The case page as the caller sees it. */
  async function detail(actor: Actor, id: string): Promise<CaseDetail> {
    const seen = await visible(db, actor, id);
    const { c } = seen;
    return build(db, seen, await orgNames([c.org_id, c.court_id, c.confirm_court_id, c.referring_org_id]));
  }

  /**
   * The case page as the caller sees it, read inside the caller's transaction (a case action answers
   * the case as it changed it); null when the case is out of the caller's sight. `names` holds the
   * names of the case's organisations, read before the transaction opened.
   */
  async function viewIn(trx: Db, actor: Actor, id: string, names: Map<string, string>): Promise<CaseDetail | null> {
    const c = await repo.find(trx, id);
    if (!c) return null;
    const parties = await parts.parties(trx, id);
    const sides = sidesOf(actor, c, parties);
    return sides.length ? build(trx, { c, parties, sides }, names) : null;
  }

  /** Registers a case in its own transaction and tells whoever must act first. */
  async function file(actor: Actor, n: NewCase): Promise<string> {
    const names = await orgNames([n.orgId, n.courtId, n.referringOrgId]);
    const { id, change } = await inTransaction(db, (trx) => intake.insert(trx, actor, n, clock.now(), names));
    await notifier.notifyNext(id, change).catch((err: unknown) => logger.warn({ err, caseId: id }, 'could not notify the next actor'));
    return id;
  }

  async function list(actor: Actor, q: CaseListQuery): Promise<Page<CaseListItem>> {
    const mine = isCaseMediator(actor) ? await mediators.idsOfUser(db, actor.userId) : [];
    const { rows, total } = await repo.list(
      db,
      {
        kind: q.kind,
        q: q.q,
        statuses: q.status,
        sources: q.source,
        disputeTypes: q.disputeType,
        orgId: q.orgId,
        mediatorId: q.mediatorId,
        courtId: q.courtId,
        regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined,
        open: q.overdue || q.dueBefore ? true : q.open,
        overdueBefore: q.overdue ? today() : undefined,
        dueBefore: q.dueBefore,
        from: q.from,
        to: q.to,
      },
      caseScope(actor, mine),
      { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'receivedOn', order: q.order },
    );
    const names = await orgNames(rows.flatMap((r) => [r.org_id, r.court_id]));
    return { items: rows.map((r) => mapListItem(r, names)), total, page: q.page, pageSize: q.pageSize };
  }

  return {
    detail,
    viewIn,
    list,
    visible,
    orgNames,

    /** Files a mediation case: an enterprise applies online, a court refers (委派/委托), an office refers. */
    async createMediation(actor: Actor, input: MediationCaseCreate): Promise<CaseDetail> {
      const as = filesAs(actor);
      if (as === 'court') {
        if (input.source !== 'courtPreFiling' && input.source !== 'courtInLitigation') throw fieldError('source', '法院只能委派或委托调解');
        if (input.courtId !== actor.orgId) throw fieldError('courtId', '只能以本院名义委派或委托调解');
      } else if (as === 'party' && input.source !== 'application') {
        throw fieldError('source', '企业只能在线申请调解');
      }
      checkRegion(actor, input.regionCode);
      await orgOfKind(input.orgId, ['mediationOrg'], 'orgId', '请选择调解组织');
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
      });
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

    /** The timeline of a case. */
    async events(actor: Actor, id: string): Promise<CaseEvent[]> {
      await visible(db, actor, id);
      return (await repo.events(db, id)).map((e) => ({
        id: String(e.id),
        at: new Date(e.at).toISOString(),
        onDate: e.on_date,
        actorName: e.actor_name,
        action: e.action,
        fromStatus: e.from_status as CaseEvent['fromStatus'],
        toStatus: e.to_status as CaseEvent['toStatus'],
        detail: e.detail,
      }));
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: CaseListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '案件', columns: CASE_EXPORT_COLUMNS, rows: page.items });
    },
  };
}
export type CaseService = ReturnType<typeof createCaseService>;
