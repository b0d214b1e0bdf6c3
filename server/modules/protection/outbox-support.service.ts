import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { Webhook } from '../../../common/protection-admin';
import type { Db } from '../../db/database';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError } from '../../platform/errors';
import type { OutboxRepository, WebhookRow } from './outbox.repository';

/** How long a claimed delivery is leased to its sender before another process may try it. */
export const LEASE_MS = 2 * 60_000;
/** Deliveries taken per run. */
export const BATCH = 50;
/** How long a receiver has to answer one delivery. */
export const TIMEOUT_MS = 10_000;

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

/** Mapping, checks and the signed POST the outbox queries and commands share. */
export function createOutboxSupport(deps: OutboxServiceDeps) {
  const { orgNames, courtExists } = deps;

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

  return { mapWebhooks, checkCourt, send };
}
