import type { Page } from '../../../common/pagination';
import type { CaseListItem, CaseListQuery } from '../../../common/protection';
import { actionsFor, type ActorSide } from '../../../common/protection-workflow';
import { type CaseDetail, type CaseEvent } from '../../../common/protection-case';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { writeSheet } from '../../platform/excel';
import { caseScope, isCaseMediator, readableNotes, sidesOf } from './protection.policy';
import type { PartyRow } from './case-parts.repository';
import { CASE_EXPORT_COLUMNS, mapCaseHead, mapListItem, mapParty, mapRight } from './case-view.service';
import type { CaseRow } from './case.repository';
import { EXPORT_MAX, type CaseServiceDeps, createCaseSupport } from './case-support.service';

/** Reading cases: the case page (also inside a transaction), the lists and their export, the timeline. */
export function createCaseQueries(deps: CaseServiceDeps) {
  const { db, clock, repo, parts, mediators, deriver, regionName } = deps;
  const today = () => chinaDate(clock.now());
  const { orgNames, visible } = createCaseSupport(deps);

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
        open: q.overdue || q.dueBefore || q.dueFrom ? true : q.open,
        overdueBefore: q.overdue ? today() : undefined,
        dueBefore: q.dueBefore,
        dueFrom: q.dueFrom,
        from: q.from,
        to: q.to,
      },
      caseScope(actor, mine),
      { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'receivedOn', order: q.order },
    );
    const names = await orgNames(rows.flatMap((r) => [r.org_id, r.court_id]));
    return { items: rows.map((r) => mapListItem(r, names)), total, page: q.page, pageSize: q.pageSize };
  }

  const queries = {
    build,
    detail,
    viewIn,
    list,
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

    /**
     * Open cases naming these rights, for the finance module's pledge pre-checks: whether a case
     * freezes the right (an ownership dispute or a preservation order, 实施细则 art. 105) and whether
     * invalidation of the right is under way (an adjudication suspended for it, or said in the claims).
     */
    async openCasesNaming(numbers: readonly string[]): Promise<{ number: string; caseNo: string; freezes: boolean; invalidation: boolean }[]> {
      const rows = await parts.openCasesNaming(db, numbers);
      return rows.map((r) => ({
        number: r.number,
        caseNo: r.case_no,
        freezes: /权属|归属|保全/.test(`${r.claims} ${r.summary}`),
        invalidation: r.status === 'suspended' || /无效宣告/.test(`${r.claims} ${r.summary}`),
      }));
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: CaseListQuery): Promise<Buffer> {
      const page = await list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '案件', columns: CASE_EXPORT_COLUMNS, rows: page.items });
    },
  };
  return queries;
}
