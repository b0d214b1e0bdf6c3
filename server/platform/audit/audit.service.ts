import type { AuditActivity, AuditEvent, AuditListQuery, AuditVerifyResult } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import type { Db } from '../../db/database';
import { writeSheet } from '../excel';
import type { Actor } from '../access';
import type { Clock } from '../clock';
import { auditHash, GENESIS_HASH } from './audit-hash';
import type { AuditRepository, AuditRow } from './audit.repository';

/** What a change records: the entity, the verb and the values before and after. */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Who made a change: a signed-in user, or the system (scheduler, command line, demo). */
export type AuditActor = Pick<Actor, 'userId' | 'displayName'> | { system: string };

/** Writes audit events inside the caller's transaction. */
export interface AuditWriter {
  record(trx: Db, actor: AuditActor, entry: AuditEntry): Promise<void>;
  /** Records many changes at once (imports); same chain, one lock. */
  recordMany(trx: Db, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void>;
}

function mapEvent(r: AuditRow): AuditEvent {
  return {
    id: String(r.id),
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before ?? null,
    after: r.after ?? null,
  };
}

/** The audit log: recording, listing and proving the hash chain. */
export function createAuditService(deps: { db: Db; repo: AuditRepository; clock: Clock }) {
  const { db, repo, clock } = deps;
  const writer: AuditWriter = {
    async record(trx, actor, entry) {
      await writer.recordMany(trx, actor, [entry]);
    },
    async recordMany(trx, actor, entries) {
      const at = clock.now();
      await repo.append(
        trx,
        entries.map((entry) => ({
          at,
          actorId: 'system' in actor ? null : actor.userId,
          actorName: 'system' in actor ? actor.system : actor.displayName,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          before: entry.before ?? null,
          after: entry.after ?? null,
        })),
      );
    },
  };

  return {
    writer,

    /** A page of the log, newest first by default. */
    async list(query: AuditListQuery): Promise<Page<AuditEvent>> {
      const { rows, total } = await repo.list(db, query);
      return { items: rows.map(mapEvent), total, page: query.page, pageSize: query.pageSize };
    },

    /** What happened to one record, newest first (callers check the reader may see the record). */
    async forEntity(entityType: string, entityId: string, limit = 100): Promise<AuditEvent[]> {
      const { rows } = await repo.list(db, { entityType, entityId, page: 1, pageSize: limit, order: 'desc' });
      return rows.map(mapEvent);
    },

    /** The filtered log as an Excel workbook (at most 50,000 events). */
    async exportXlsx(query: AuditListQuery): Promise<Buffer> {
      const { rows } = await repo.list(db, { ...query, page: 1, pageSize: 50_000 });
      return writeSheet({
        name: '操作日志',
        columns: [
          { header: '编号', width: 10, value: (e: AuditEvent) => Number(e.id) },
          { header: '时间', width: 20, value: (e: AuditEvent) => new Date(e.at) },
          { header: '操作人', width: 16, value: (e: AuditEvent) => e.actorName },
          { header: '操作', width: 14, value: (e: AuditEvent) => e.action },
          { header: '对象类型', width: 14, value: (e: AuditEvent) => e.entityType },
          { header: '对象编号', width: 38, value: (e: AuditEvent) => e.entityId },
          { header: '变更前', width: 60, value: (e: AuditEvent) => (e.before == null ? null : JSON.stringify(e.before)) },
          { header: '变更后', width: 60, value: (e: AuditEvent) => (e.after == null ? null : JSON.stringify(e.after)) },
        ],
        rows: rows.map(mapEvent),
      });
    },

    /** The caller's own latest changes, each with the title or number of the record it changed. */
    async recent(actor: Actor, limit = 10): Promise<AuditActivity[]> {
      const events = (await repo.recentByActor(db, actor.userId, limit)).map(mapEvent);
      const keys = events.flatMap((e) => (e.entityId ? [{ type: e.entityType, id: e.entityId }] : []));
      const labels = await repo.entityLabels(db, keys);
      return events.map((e) => ({ ...e, entityLabel: e.entityId ? (labels.get(`${e.entityType}:${e.entityId}`) ?? null) : null }));
    },

    /** Recomputes every hash in order and names the first event that does not match. */
    async verify(): Promise<AuditVerifyResult> {
      let prev = GENESIS_HASH;
      let afterId = 0;
      let checked = 0;
      for (;;) {
        const batch = await repo.batchAfter(db, afterId, 1000);
        if (batch.length === 0) break;
        for (const e of batch) {
          if (e.prevHash !== prev) {
            return { ok: false, checked, firstBrokenId: String(e.id), reason: '与前一条记录的链接不一致（有记录被删除或插入）' };
          }
          if (auditHash(prev, e) !== e.hash) {
            return { ok: false, checked, firstBrokenId: String(e.id), reason: '记录内容与其哈希不符（记录被修改）' };
          }
          prev = e.hash;
          checked++;
        }
        afterId = batch[batch.length - 1].id;
      }
      return { ok: true, checked, firstBrokenId: null, reason: null };
    },
  };
}
export type AuditService = ReturnType<typeof createAuditService>;
