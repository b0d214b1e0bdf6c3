import { sql } from 'kysely';
import type { AuditListQuery } from '../../../common/audit';
import type { Db } from '../../db/database';
import { type HashedFields, GENESIS_HASH, auditHash } from './audit-hash';

// Key of the transaction-scoped advisory lock that orders appends to the chain.
const CHAIN_LOCK = 7_310_001;

export interface AuditRow extends HashedFields {
  id: number;
  prevHash: string;
  hash: string;
}

const COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'action',
  'entity_type',
  'entity_id',
  'before',
  'after',
  'prev_hash',
  'hash',
] as const;

type RawAuditRow = {
  id: number;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  prev_hash: string;
  hash: string;
};

function toRow(r: RawAuditRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export const auditRepository = {
  /**
   * Appends events to the chain in order; must run inside the transaction that made the change.
   * The advisory lock orders concurrent writers, so each event links to the one committed before it.
   */
  async append(trx: Db, events: readonly HashedFields[]): Promise<void> {
    if (events.length === 0) return;
    await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
    const last = await trx.selectFrom('audit_event').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
    let prevHash = last?.hash ?? GENESIS_HASH;
    const values = events.map((e) => {
      // jsonb keeps JSON values only: what is hashed must be what will be read back.
      const before = e.before === undefined || e.before === null ? null : JSON.stringify(e.before);
      const after = e.after === undefined || e.after === null ? null : JSON.stringify(e.after);
      const hashed: HashedFields = {
        ...e,
        before: before === null ? null : (JSON.parse(before) as unknown),
        after: after === null ? null : (JSON.parse(after) as unknown),
      };
      const hash = auditHash(prevHash, hashed);
      const row = {
        at: e.at,
        actor_id: e.actorId,
        actor_name: e.actorName,
        action: e.action,
        entity_type: e.entityType,
        entity_id: e.entityId,
        before,
        after,
        prev_hash: prevHash,
        hash,
      };
      prevHash = hash;
      return row;
    });
    for (let i = 0; i < values.length; i += 500) {
      await trx.insertInto('audit_event').values(values.slice(i, i + 500)).execute();
    }
  },

  /** Events in id order after `afterId`, for verifying the chain in batches. */
  async batchAfter(db: Db, afterId: number, limit: number): Promise<AuditRow[]> {
    const rows = await db
      .selectFrom('audit_event')
      .select(COLUMNS)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => toRow(r));
  },

  async list(db: Db, q: AuditListQuery) {
    let query = db.selectFrom('audit_event');
    if (q.actorId) query = query.where('actor_id', '=', q.actorId);
    if (q.entityType) query = query.where('entity_type', '=', q.entityType);
    if (q.entityId) query = query.where('entity_id', '=', q.entityId);
    if (q.action) query = query.where('action', '=', q.action);
    if (q.from) query = query.where('at', '>=', sql<Date>`${q.from}::date`);
    if (q.to) query = query.where('at', '<', sql<Date>`${q.to}::date + 1`);
    const [rows, count] = await Promise.all([
      query
        .select(COLUMNS)
        .orderBy('id', q.order)
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute(),
      query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows: rows.map((r) => toRow(r)), total: count.n };
  },

  /** The latest events by one actor (the home page's "recent activity"). */
  async recentByActor(db: Db, actorId: string, limit: number): Promise<AuditRow[]> {
    const rows = await db
      .selectFrom('audit_event')
      .select(COLUMNS)
      .where('actor_id', '=', actorId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => toRow(r));
  },

  /**
   * What each record is called, from its own latest snapshot that names it (title, case number,
   * name…), keyed `type:id`. The audit log knows no domain: the records' own events carry their names.
   */
  async entityLabels(db: Db, keys: readonly { type: string; id: string }[]): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const pairs = sql.join(keys.map((k) => sql`(${k.type}, ${k.id})`));
    const { rows } = await sql<{ entity_type: string; entity_id: string; label: string }>`
      select distinct on (entity_type, entity_id) entity_type, entity_id, label
      from (
        select id, entity_type, entity_id,
          coalesce(
            s->>'caseNo',
            nullif(trim(concat_ws(' ', s->>'path', s->>'title')), ''),
            s->>'name', s->>'displayName', s->>'number', s->>'username',
            case when s->>'year' is not null then (s->>'year') || '年' end
          ) as label
        from (select id, entity_type, entity_id, coalesce(after, before) as s from audit_event
              where (entity_type, entity_id) in (${pairs}) and action in ('create', 'update', 'delete')) e
      ) named
      where label is not null
      order by entity_type, entity_id, id desc`.execute(db);
    return new Map(rows.map((r) => [`${r.entity_type}:${r.entity_id}`, r.label]));
  },
};
export type AuditRepository = typeof auditRepository;
