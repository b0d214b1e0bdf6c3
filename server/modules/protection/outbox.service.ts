import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { Page } from '../../../common/pagination';
import type { Delivery, DeliveryListQuery, Webhook, WebhookCreate, WebhookUpdate } from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { writeSheet } from '../../platform/excel';
import type { OutboxRepository, WebhookRow } from './outbox.repository';
import { inTransaction } from '../../db/unit-of-work';

/** How long a claimed delivery is leased to its sender before another process may try it. */
const LEASE_MS = 2 * 60_000;
const BATCH = 50;
const TIMEOUT_MS = 10_000;

/** Wait before the next attempt: 30 s doubling per failure, at most an hour; a delivery is never dropped. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

/** The signature a receiver checks: hex HMAC-SHA256 of the exact body with the endpoint's secret. */
export function signBody(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('hex');
}

export interface OutboxServiceDeps {
  db: Db;
  repo: OutboxRepository;
  clock: Clock;
  audit: AuditWriter;
  logger: Logger;
  orgNames: (ids: readonly string[]) => Promise<Map<string, string>>;
  courtExists: (id: string) => Promise<boolean>;
}

/** Court docking: queued case events are posted to the configured endpoints until each one answers 2xx. */
export function createOutboxService(deps: OutboxServiceDeps) {
  const { db, repo, clock, audit, logger, orgNames, courtExists } = deps;

  async function mapWebhooks(rows: WebhookRow[]): Promise<Webhook[]> {
    const names = await orgNames(rows.flatMap((w) => (w.court_id ? [w.court_id] : [])));
    return rows.map((w) => ({
      id: w.id,
      name: w.name,
      url: w.url,
      court: w.court_id ? { id: w.court_id, name: names.get(w.court_id) ?? '' } : null,
      active: w.active,
      hasSecret: !!w.secret,
      pending: w.pending,
      delivered: w.delivered,
      createdAt: w.created_at.toISOString(),
      updatedAt: new Date(w.updated_at).toISOString(),
    }));
  }

  async function checkCourt(courtId: string | null | undefined): Promise<void> {
    if (courtId && !(await courtExists(courtId))) throw fieldError('courtId', '请选择法院');
  }

  async function send(d: { url: string; secret: string | null; event_type: string; outbox_id: number; payload: unknown }): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    const body = JSON.stringify(d.payload);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-zhichan-event': d.event_type, 'x-zhichan-delivery': String(d.outbox_id) };
    if (d.secret) headers['x-zhichan-signature'] = `sha256=${signBody(d.secret, body)}`;
    try {
      const res = await fetch(d.url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? { ok: true, status: res.status, error: null } : { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause?.code;
      return { ok: false, status: null, error: cause ?? (err instanceof Error ? err.message : String(err)) };
    }
  }

  return {
    /** Posts every due delivery once; failures are rescheduled with back-off. Answers how many went through and failed. */
    async deliverDue(): Promise<{ delivered: number; failed: number }> {
      let delivered = 0;
      let failed = 0;
      for (;;) {
        const now = clock.now();
        const due = await repo.claimDue(db, now, new Date(now.getTime() + LEASE_MS), BATCH);
        if (due.length === 0) break;
        for (const d of due) {
          const r = await send(d);
          if (r.ok) {
            await repo.markDelivered(db, d.outbox_id, d.webhook_id, clock.now(), r.status ?? 200);
            delivered++;
          } else {
            const next = new Date(clock.now().getTime() + backoffMs(d.attempts + 1));
            await repo.markFailed(db, d.outbox_id, d.webhook_id, next, r.error ?? 'error', r.status);
            failed++;
          }
        }
        if (due.length < BATCH) break;
      }
      if (failed) logger.warn({ delivered, failed }, 'court-docking deliveries failed; they will be retried');
      return { delivered, failed };
    },

    async webhooks(): Promise<Webhook[]> {
      return mapWebhooks(await repo.webhooks(db));
    },

    async createWebhook(actor: Actor, input: WebhookCreate): Promise<Webhook> {
      await checkCourt(input.courtId);
      const id = await inTransaction(db, async (trx) => {
        const now = clock.now();
        const created = await repo.insertWebhook(trx, { name: input.name, url: input.url, secret: input.secret ?? null, court_id: input.courtId ?? null, active: input.active, created_at: now, updated_at: now });
        await audit.record(trx, actor, { action: 'create', entityType: 'protectionWebhook', entityId: created, after: { name: input.name, url: input.url, courtId: input.courtId ?? null, active: input.active } });
        return created;
      });
      return (await mapWebhooks([(await repo.webhook(db, id))!]))[0];
    },

    async updateWebhook(actor: Actor, id: string, patch: WebhookUpdate): Promise<Webhook> {
      await checkCourt(patch.courtId);
      await inTransaction(db, async (trx) => {
        const before = await repo.webhook(trx, id);
        if (!before) throw notFound('推送地址');
        const v: Parameters<OutboxRepository['updateWebhook']>[2] = { updated_at: clock.now() };
        if (patch.name !== undefined) v.name = patch.name;
        if (patch.url !== undefined) v.url = patch.url;
        if (patch.secret !== undefined) v.secret = patch.secret;
        if (patch.courtId !== undefined) v.court_id = patch.courtId;
        if (patch.active !== undefined) v.active = patch.active;
        await repo.updateWebhook(trx, id, v);
        await audit.record(trx, actor, { action: 'update', entityType: 'protectionWebhook', entityId: id, before: { name: before.name, url: before.url, active: before.active }, after: { name: v.name ?? before.name, url: v.url ?? before.url, active: v.active ?? before.active } });
      });
      return (await mapWebhooks([(await repo.webhook(db, id))!]))[0];
    },

    async removeWebhook(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const before = await repo.webhook(trx, id);
        if (!before) throw notFound('推送地址');
        await repo.deleteWebhook(trx, id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'protectionWebhook', entityId: id, before: { name: before.name, url: before.url } });
      });
    },

    async deliveries(q: DeliveryListQuery): Promise<Page<Delivery>> {
      const { rows, total } = await repo.deliveries(db, { status: q.status, webhookId: q.webhookId }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'createdAt', order: q.order });
      return {
        items: rows.map((d) => ({
          outboxId: String(d.outbox_id),
          webhookId: d.webhook_id,
          webhookName: d.webhook_name,
          eventType: d.event_type,
          caseId: d.case_id,
          caseNo: d.case_no,
          status: d.status as Delivery['status'],
          attempts: d.attempts,
          nextAttemptAt: d.next_attempt_at ? d.next_attempt_at.toISOString() : null,
          lastError: d.last_error,
          lastStatus: d.last_status,
          deliveredAt: d.delivered_at ? d.delivered_at.toISOString() : null,
          createdAt: d.created_at.toISOString(),
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** The filtered delivery log as a workbook (at most 50,000 rows). */
    async exportDeliveries(q: DeliveryListQuery): Promise<Buffer> {
      const page = await this.deliveries({ ...q, page: 1, pageSize: 50_000 });
      return writeSheet({
        name: '推送记录',
        columns: [
          { header: '接收接口', width: 28, value: (d: Delivery) => d.webhookName },
          { header: '事件', width: 20, value: (d: Delivery) => d.eventType },
          { header: '案号', width: 26, value: (d: Delivery) => d.caseNo },
          { header: '状态', width: 10, value: (d: Delivery) => (d.status === 'delivered' ? '已送达' : '待推送') },
          { header: '尝试次数', width: 10, value: (d: Delivery) => d.attempts },
          { header: '最近错误', width: 24, value: (d: Delivery) => d.lastError },
          { header: '下次尝试', width: 20, value: (d: Delivery) => (d.nextAttemptAt ? new Date(d.nextAttemptAt) : null) },
          { header: '送达时间', width: 20, value: (d: Delivery) => (d.deliveredAt ? new Date(d.deliveredAt) : null) },
          { header: '产生时间', width: 20, value: (d: Delivery) => new Date(d.createdAt) },
        ],
        rows: page.items,
      });
    },

    async retryNow(outboxId: number, webhookId: string): Promise<void> {
      if ((await repo.retryNow(db, outboxId, webhookId, clock.now())) === 0) throw notFound('待推送记录');
    },
  };
}
export type OutboxService = ReturnType<typeof createOutboxService>;
