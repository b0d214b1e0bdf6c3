import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { TaskSummary } from '../../../common/tasks';
import type { TaskBook, TaskBookCreate, TaskBookListQuery } from '../../../common/tasks-progress';
import type { AuditEvent } from '../../../common/audit';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { conflict, fieldError, forbidden, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { OrgServices } from '../org/org.contract';
import type { BookRepository, BookRow } from './book.repository';
import { unitUserIds } from './recipients.service';
import { canAcknowledgeBook, canManageTasks, canSeeBook, taskScope, type TaskScope } from './tasks.policy';
import type { TaskRepository } from './task.repository';
import { mapTaskSummary } from './task.service';
import { BOOK_COLUMNS } from './tasks.workbook';
import { inTransaction } from '../../db/unit-of-work';

// A book's tasks are shown to whoever may see the book: the book check is the access check.
const bookTasks: TaskScope = { kind: 'all' };

/** Task books (任务书): tasks and targets issued to a member unit or a district, acknowledged by the receiver. */
export function createBookService(deps: { db: Db; repo: BookRepository; taskRepo: TaskRepository; org: OrgServices; audit: AuditWriter; clock: Clock; notifications: NotificationService; history: (type: string, id: string) => Promise<AuditEvent[]> }) {
  const { db, repo, taskRepo, org, audit, clock, notifications } = deps;

  const mapBook = (b: BookRow): TaskBook => ({
    id: b.id,
    title: b.title,
    year: b.year,
    regionCode: b.region_code,
    regionName: org.regions.fullName(b.region_code),
    workPlanId: b.work_plan_id,
    receiverOrgId: b.receiver_org_id,
    receiverOrgName: b.receiver_org_name,
    receiverKind: b.receiver_kind as TaskBook['receiverKind'],
    note: b.note,
    issuedAt: b.issued_at.toISOString(),
    issuedByName: b.issued_by_name,
    acknowledgedAt: b.acknowledged_at?.toISOString() ?? null,
    acknowledgedByName: b.acknowledged_by_name,
    taskCount: Number(b.task_count),
    completed: Number(b.completed),
    progress: Number(b.progress ?? 0),
  });

  async function visibleBook(trx: Db, actor: Actor, id: string): Promise<BookRow> {
    const b = await repo.find(trx, id);
    if (!b || !canSeeBook(actor, b)) throw notFound('任务书');
    return b;
  }

  return {
    async list(actor: Actor, q: TaskBookListQuery): Promise<Page<TaskBook>> {
      const { rows, total } = await repo.list(
        db,
        { year: q.year, regionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, acknowledged: q.acknowledged === undefined ? undefined : q.acknowledged === 'true', receiverOrgId: q.receiverOrgId, q: q.q },
        taskScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'issuedAt', order: q.sort ? q.order : 'desc' },
      );
      return { items: rows.map(mapBook), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, q: TaskBookListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '任务书', columns: BOOK_COLUMNS, rows: page.items });
    },

    /** The book with its tasks (the receiver sees every task of its book). */
    async get(actor: Actor, id: string): Promise<TaskBook & { tasks: TaskSummary[]; canAcknowledge: boolean }> {
      const b = await visibleBook(db, actor, id);
      const ids = await repo.taskIds(db, id);
      const { rows } = await taskRepo.list(db, { ids }, bookTasks, { limit: 1000, offset: 0, sort: 'number', order: 'asc' });
      return { ...mapBook(b), tasks: rows.map(mapTaskSummary), canAcknowledge: !b.acknowledged_at && canAcknowledgeBook(actor, b) };
    },

    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      await visibleBook(db, actor, id);
      return deps.history('taskBook', id);
    },

    /** Issues a task book to a unit or district and tells the receiver. */
    async create(actor: Actor, input: TaskBookCreate): Promise<TaskBook> {
      const [receiver] = await org.orgs.lookup(null, [input.receiverOrgId]);
      if (!receiver) throw fieldError('receiverOrgId', '接收单位不存在');
      if (!canManageTasks(actor, receiver.regionCode)) throw fieldError('receiverOrgId', '超出您的管辖范围');
      const recipients = await unitUserIds(org, receiver.id);
      const ids = [...new Set(input.taskIds)];
      const id = await inTransaction(db, async (trx) => {
        const { rows } = await taskRepo.list(trx, { ids }, bookTasks, { limit: ids.length + 1, offset: 0, sort: 'number', order: 'asc' });
        const byId = new Map(rows.map((t) => [t.id, t]));
        input.taskIds.forEach((tid, i) => {
          const t = byId.get(tid);
          if (!t || !canManageTasks(actor, t.plan_region_code)) throw fieldError(`taskIds.${i}`, '任务不存在');
          if (input.workPlanId && t.work_plan_id !== input.workPlanId) throw fieldError(`taskIds.${i}`, '任务不属于所选工作要点');
          const ok = input.receiverKind === 'district' ? t.region_code.startsWith(regionPrefix(receiver.regionCode)) || t.lead_org_id === receiver.id : t.lead_org_id === receiver.id || (t.support_orgs ?? []).some((o) => o.id === receiver.id);
          if (!ok) throw fieldError(`taskIds.${i}`, `「${t.path} ${t.title}」不由${receiver.name}承担`);
        });
        const year = rows[0].year;
        const id = await repo.insert(trx, { work_plan_id: input.workPlanId ?? null, region_code: receiver.regionCode, year, title: input.title, receiver_org_id: receiver.id, receiver_kind: input.receiverKind, note: input.note, issued_by: actor.userId, issued_by_name: actor.displayName }, ids, clock.now());
        await audit.record(trx, actor, { action: 'create', entityType: 'taskBook', entityId: id, after: { title: input.title, receiver: receiver.name, tasks: ids.length } });
        await audit.recordMany(trx, actor, ids.map((tid) => ({ action: 'issueBook', entityType: 'task', entityId: tid, after: { taskBookId: id, title: input.title, receiver: receiver.name } })));
        await notifications.notify(trx, { userIds: recipients, kind: 'task.book', title: `收到任务书：${input.title}`, body: `共 ${ids.length} 项任务，请确认签收。`, link: `/task-books/${id}`, dedupeKey: `task-book:${id}` });
        return id;
      });
      return mapBook((await repo.find(db, id))!);
    },

    /** The receiving unit acknowledges receipt. */
    async acknowledge(actor: Actor, id: string): Promise<TaskBook> {
      await inTransaction(db, async (trx) => {
        const b = await visibleBook(trx, actor, id);
        if (!canAcknowledgeBook(actor, b)) throw forbidden('只有接收单位可以签收任务书');
        if ((await repo.acknowledge(trx, id, { id: actor.userId, name: actor.displayName }, clock.now())) === 0) throw conflict('任务书已签收');
        await audit.record(trx, actor, { action: 'acknowledge', entityType: 'taskBook', entityId: id, after: { acknowledgedBy: actor.displayName } });
        await audit.recordMany(trx, actor, (await repo.taskIds(trx, id)).map((tid) => ({ action: 'bookAcknowledged', entityType: 'task', entityId: tid, after: { taskBookId: id, title: b.title } })));
      });
      return mapBook((await repo.find(db, id))!);
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const b = await visibleBook(trx, actor, id);
        if (!canManageTasks(actor, b.region_code)) throw forbidden('只有联席会议办公室可以撤回任务书');
        if (b.acknowledged_at) throw conflict('任务书已签收，不能撤回');
        await repo.delete(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'taskBook', entityId: id, before: mapBook(b) });
      });
    },
  };
}
export type BookService = ReturnType<typeof createBookService>;
