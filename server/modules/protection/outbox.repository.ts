import { type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { ProtectionWebhookTable } from '../../db/tables/protection';

export type WebhookRow = Selectable<ProtectionWebhookTable> & { pending: number; delivered: number };

export interface DueDelivery {
  outbox_id: number;
  webhook_id: string;
  attempts: number;
  url: string;
  secret: string | null;
  event_type: string;
  payload: unknown;
}

export interface DeliveryRow {
  outbox_id: number;
  webhook_id: string;
  webhook_name: string;
  event_type: string;
  case_id: string;
  case_no: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  last_status: number | null;
  delivered_at: Date | null;
  created_at: Date;
}

/** The court-docking outbox: events, webhook endpoints and one delivery row per event and endpoint. */
export const outboxRepository = {
  /** Writes an event and queues it for every active endpoint that wants it, inside the caller's transaction. */
  async enqueue(trx: Db, e: { case_id: string; event_type: string; court_ids: string[]; payload: unknown; at: Date }): Promise<number> {
    const r = await trx
      .insertInto('protection_outbox')
      .values({ case_id: e.case_id, event_type: e.event_type, court_ids: e.court_ids, payload: JSON.stringify(e.payload), created_at: e.at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
      insert into protection_delivery (outbox_id, webhook_id, next_attempt_at, created_at)
      select ${r.id}, w.id, ${e.at}, ${e.at} from protection_webhook w
      where w.active and (w.court_id is null or w.court_id = any(${e.court_ids}::uuid[]))`.execute(trx);
    return r.id;
  },

  /**
   * Takes up to `limit` deliveries that are due and leases them until `leaseUntil`, so a second
   * process skips them while this one is sending (a crashed sender's lease simply runs out).
   */
  async claimDue(db: Db, now: Date, leaseUntil: Date, limit: number): Promise<DueDelivery[]> {
    const r = await sql<DueDelivery>`
      with due as (
        select outbox_id, webhook_id from protection_delivery
        where status = 'pending' and next_attempt_at <= ${now}
        order by next_attempt_at, outbox_id
        limit ${limit}
        for update skip locked
      ), leased as (
        update protection_delivery d set next_attempt_at = ${leaseUntil}
        from due where d.outbox_id = due.outbox_id and d.webhook_id = due.webhook_id
        returning d.outbox_id, d.webhook_id, d.attempts
      )
      select l.outbox_id, l.webhook_id, l.attempts, w.url, w.secret, o.event_type, o.payload
      from leased l join protection_webhook w on w.id = l.webhook_id join protection_outbox o on o.id = l.outbox_id
      order by l.outbox_id`.execute(db);
    return r.rows;
  },

  async markDelivered(db: Db, outboxId: number, webhookId: string, at: Date, status: number): Promise<void> {
    await db
      .updateTable('protection_delivery')
      .set({ status: 'delivered', delivered_at: at, next_attempt_at: null, last_status: status, last_error: null, attempts: sql`attempts + 1` })
      .where('outbox_id', '=', outboxId)
      .where('webhook_id', '=', webhookId)
      .execute();
  },

  async markFailed(db: Db, outboxId: number, webhookId: string, next: Date, error: string, status: number | null): Promise<void> {
    await db
      .updateTable('protection_delivery')
      .set({ next_attempt_at: next, last_error: error.slice(0, 500), last_status: status, attempts: sql`attempts + 1` })
      .where('outbox_id', '=', outboxId)
      .where('webhook_id', '=', webhookId)
      .execute();
  },

  /** Makes a pending delivery due now (the "retry now" button). */
  async retryNow(db: Db, outboxId: number, webhookId: string, now: Date): Promise<number> {
    const r = await db
      .updateTable('protection_delivery')
      .set({ next_attempt_at: now })
      .where('outbox_id', '=', outboxId)
      .where('webhook_id', '=', webhookId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  async deliveries(db: Db, f: { status?: string | undefined; webhookId?: string | undefined }, page: { limit: number; offset: number; sort: 'createdAt' | 'nextAttemptAt'; order: 'asc' | 'desc' }): Promise<{ rows: DeliveryRow[]; total: number }> {
    let q = db
      .selectFrom('protection_delivery as d')
      .innerJoin('protection_outbox as o', 'o.id', 'd.outbox_id')
      .innerJoin('protection_webhook as w', 'w.id', 'd.webhook_id')
      .innerJoin('protection_case as c', 'c.id', 'o.case_id');
    if (f.status) q = q.where('d.status', '=', f.status);
    if (f.webhookId) q = q.where('d.webhook_id', '=', f.webhookId);
    const sortCol = page.sort === 'nextAttemptAt' ? 'd.next_attempt_at' : 'd.created_at';
    const [rows, count] = await Promise.all([
      q
        .select([
          'd.outbox_id',
          'd.webhook_id',
          'w.name as webhook_name',
          'o.event_type',
          'o.case_id',
          'c.case_no',
          'd.status',
          'd.attempts',
          'd.next_attempt_at',
          'd.last_error',
          'd.last_status',
          'd.delivered_at',
          'd.created_at',
        ])
        .orderBy(sortCol, page.order)
        .orderBy('d.outbox_id', page.order)
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.n };
  },

  async webhooks(db: Db): Promise<WebhookRow[]> {
    const r = await sql<WebhookRow>`
      select w.*, coalesce(s.pending, 0)::int as pending, coalesce(s.delivered, 0)::int as delivered
      from protection_webhook w
      left join (select webhook_id, count(*) filter (where status = 'pending') as pending, count(*) filter (where status = 'delivered') as delivered
                 from protection_delivery group by webhook_id) s on s.webhook_id = w.id
      order by w.created_at`.execute(db);
    return r.rows;
  },
  async webhook(db: Db, id: string): Promise<WebhookRow | undefined> {
    return (await this.webhooks(db)).find((w) => w.id === id);
  },
  async insertWebhook(trx: Db, v: Insertable<ProtectionWebhookTable>): Promise<string> {
    const r = await trx.insertInto('protection_webhook').values(v).returning('id').executeTakeFirstOrThrow();
    return r.id;
  },
  async updateWebhook(trx: Db, id: string, v: Updateable<ProtectionWebhookTable>): Promise<void> {
    await trx.updateTable('protection_webhook').set(v).where('id', '=', id).execute();
  },
  async deleteWebhook(trx: Db, id: string): Promise<void> {
    await trx.deleteFrom('protection_webhook').where('id', '=', id).execute();
  },
};
export type OutboxRepository = typeof outboxRepository;
