import type { Page } from '../../../common/pagination';
import { type Adjustment, type AdjustmentListQuery, type Comment, type Notice, type NoticeListQuery } from '../../../common/tasks-progress';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet } from '../../platform/excel';
import { taskScope } from './tasks.policy';
import { NOTICE_COLUMNS } from './tasks.workbook';
import { type SupervisionDeps, mapNotice, mapAdjustment } from './supervision-support.service';

/** Reading supervision: notices and their export, leader comments, adjustment requests. */
export function createSupervisionQueries(deps: SupervisionDeps) {
  const { db, repo, tasks } = deps;

  const queries = {
    async notices(actor: Actor, q: NoticeListQuery): Promise<Page<Notice>> {
      const { rows, total } = await repo.listNotices(db, { status: q.status, taskId: q.taskId, orgId: q.orgId, year: q.year }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'issuedAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapNotice), total, page: q.page, pageSize: q.pageSize };
    },

    async exportNotices(actor: Actor, q: NoticeListQuery): Promise<Buffer> {
      const page = await queries.notices(actor, { ...q, page: 1, pageSize: 50_000 });
      return writeSheet({ name: '督办单', columns: NOTICE_COLUMNS, rows: page.items });
    },

    async comments(actor: Actor, taskId: string): Promise<Comment[]> {
      await tasks.visibleTask(db, actor, taskId);
      return (await repo.comments(db, taskId)).map((c) => ({ id: c.id, taskId: c.task_id, authorName: c.author_name, authorTitle: c.author_title, body: c.body, createdAt: c.created_at.toISOString(), createdByName: c.created_by_name }));
    },

    async commentsIn(trx: Db, taskId: string): Promise<Comment[]> {
      return (await repo.comments(trx, taskId)).map((c) => ({ id: c.id, taskId: c.task_id, authorName: c.author_name, authorTitle: c.author_title, body: c.body, createdAt: c.created_at.toISOString(), createdByName: c.created_by_name }));
    },

    async adjustments(actor: Actor, q: AdjustmentListQuery): Promise<Page<Adjustment>> {
      const { rows, total } = await repo.listAdjustments(db, { status: q.status, taskId: q.taskId }, taskScope(actor), { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapAdjustment), total, page: q.page, pageSize: q.pageSize };
    },
  };
  return queries;
}
