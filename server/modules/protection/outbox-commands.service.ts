import type { Webhook, WebhookCreate, WebhookUpdate } from '../../../common/protection-admin';
import type { Actor } from '../../platform/access';
import { notFound } from '../../platform/errors';
import type { OutboxRepository } from './outbox.repository';
import { inTransaction } from '../../db/unit-of-work';
import { LEASE_MS, BATCH, backoffMs, type OutboxServiceDeps, createOutboxSupport } from './outbox-support.service';

/** Court docking: deliver due events, keep the endpoints, retry a delivery now. */
export function createOutboxCommands(deps: OutboxServiceDeps) {
  const { db, repo, clock, audit, logger } = deps;
  const { mapWebhooks, checkCourt, send } = createOutboxSupport(deps);

  const commands = {
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

    async retryNow(outboxId: number, webhookId: string): Promise<void> {
      if ((await repo.retryNow(db, outboxId, webhookId, clock.now())) === 0) throw notFound('待推送记录');
    },
  };
  return commands;
}
