import type { Page } from '../../../common/pagination';
import type { Complaint, Mediator, MediatorListQuery } from '../../../common/protection-admin';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { MEDIATOR_EXPORT_COLUMNS, MEDIATOR_IMPORT_COLUMNS } from './mediator.workbook';
import { type MediatorServiceDeps, createMediatorSupport } from './mediator-support.service';

/** Reading the mediator roster: lists, a mediator, the accounts a mediator may use, complaints, the export and the import template. */
export function createMediatorQueries(deps: MediatorServiceDeps) {
  const { db, repo, orgs, mediatorAccounts } = deps;
  const { map, must, mustInArea } = createMediatorSupport(deps);

  const queries = {
    async list(actor: Actor, q: MediatorListQuery): Promise<Page<Mediator>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, orgId: q.orgId, speciality: q.speciality, status: q.status, onRoster: q.onRoster, rosterCourtId: q.rosterCourtId },
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'name', order: q.order },
      );
      return { items: await map(rows, actor), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Mediator> {
      return (await map([await must(db, id)], actor))[0];
    },

    /** The mediator sign-in accounts of an organisation the actor may manage (to bind one to a mediator record). */
    async accounts(actor: Actor, orgId: string): Promise<{ id: string; username: string; displayName: string }[]> {
      const [org] = await orgs(actor, [orgId]);
      if (!org || org.kind !== 'mediationOrg') throw notFound('调解组织');
      return (await mediatorAccounts(orgId)).map((u) => ({ id: u.id, username: u.username, displayName: u.displayName }));
    },

    async complaints(actor: Actor, id: string): Promise<Complaint[]> {
      await mustInArea(actor, id);
      return (await repo.complaints(db, id)).map((k) => ({
        id: k.id,
        mediatorId: k.mediator_id,
        caseId: k.case_id,
        caseNo: k.case_no,
        ground: k.ground as Complaint['ground'],
        detail: k.detail,
        status: k.status as Complaint['status'],
        createdAt: k.created_at.toISOString(),
      }));
    },

    async exportXlsx(actor: Actor, q: MediatorListQuery): Promise<Buffer> {
      const page = await queries.list(actor, { ...q, page: 1, pageSize: 200 });
      const rest: Mediator[] = [];
      for (let p = 2; (p - 1) * 200 < page.total; p++) rest.push(...(await queries.list(actor, { ...q, page: p, pageSize: 200 })).items);
      return writeSheet({ name: '调解员名册', columns: MEDIATOR_EXPORT_COLUMNS, rows: [...page.items, ...rest] });
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('调解员', MEDIATOR_IMPORT_COLUMNS);
    },
  };
  return queries;
}
