import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryListQuerySchema } from '../../../common/protection-admin';
import { rootActor } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { signBody } from './outbox.service';
import { buildWorld, fileCase, manualClock, type World } from './protection.factories';

const clock = manualClock('2024-05-06T02:00:00Z');
let t: TestApp;
let w: World;

interface Received {
  event: string;
  signature: string;
  body: string;
}

/** A real HTTP receiver on a fixed port that can be stopped and started again. */
function receiver(port: number, status = 200) {
  const received: Received[] = [];
  let server: http.Server | null = null;
  return {
    received,
    async start(): Promise<void> {
      server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          received.push({ event: String(req.headers['x-zhichan-event']), signature: String(req.headers['x-zhichan-signature']), body });
          res.writeHead(status).end('ok');
        });
      });
      await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    },
    async stop(): Promise<void> {
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = null;
    },
  };
}

async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
const SECRET = 'a-shared-secret-of-the-court-system';

beforeAll(async () => {
  t = await createTestApp({ clock });
  w = await buildWorld(t.services);
});
afterAll(async () => t.close());

describe('court docking through the outbox', () => {
  it('keeps an event while the receiver is down and delivers it, signed, once it is back', async () => {
    const port = await freePort();
    const court = receiver(port);
    const out = t.services.protection.outbox;
    const hook = await out.createWebhook(rootActor, { name: '坪山法院诉调对接平台', url: `http://127.0.0.1:${port}/zhichan/events`, secret: SECRET, courtId: w.court.orgId, active: true });

    const referred = await fileCase(t.services, w, w.court, { source: 'courtPreFiling', courtId: w.court.orgId });
    await fileCase(t.services, w); // an online application with no court: not this endpoint's business
    expect(await out.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    const queued = await out.deliveries(DeliveryListQuerySchema.parse({ webhookId: hook.id }));
    expect(queued.items).toHaveLength(1);
    expect(queued.items[0]).toMatchObject({ caseNo: referred.caseNo, eventType: 'case.created', status: 'pending', attempts: 1, lastError: 'ECONNREFUSED' });
    expect(new Date(queued.items[0].nextAttemptAt!).getTime() - clock.now().getTime()).toBe(30_000);

    // Not due yet: nothing is sent before the back-off has passed.
    expect(await out.deliverDue()).toEqual({ delivered: 0, failed: 0 });
    later(31_000);
    expect(await out.deliverDue()).toEqual({ delivered: 0, failed: 1 });
    const second = (await out.deliveries(DeliveryListQuerySchema.parse({ webhookId: hook.id }))).items[0];
    expect(second.attempts).toBe(2);
    expect(new Date(second.nextAttemptAt!).getTime() - clock.now().getTime()).toBe(60_000);

    // A status change while the receiver is still down queues behind the first event.
    await t.services.protection.workflow.perform(w.court, referred.id, { action: 'designate', mediatorId: w.mediatorId });
    await court.start();
    try {
      later(61_000);
      expect(await out.deliverDue()).toEqual({ delivered: 2, failed: 0 });
      expect(court.received.map((r) => r.event)).toEqual(['case.created', 'case.statusChanged']);
      for (const r of court.received) expect(r.signature).toBe(`sha256=${signBody(SECRET, r.body)}`);
      const change = JSON.parse(court.received[1].body) as { case: { caseNo: string; status: string; previousStatus: string; court: { id: string } } };
      expect(change.case).toMatchObject({ caseNo: referred.caseNo, status: 'assigned', previousStatus: 'awaitingAssignment', court: { id: w.court.orgId } });
      const done = await out.deliveries(DeliveryListQuerySchema.parse({ webhookId: hook.id }));
      expect(done.items.every((d) => d.status === 'delivered')).toBe(true);
      // Delivered events are not sent again.
      later(3600_000);
      expect(await out.deliverDue()).toEqual({ delivered: 0, failed: 0 });
      expect(court.received).toHaveLength(2);
    } finally {
      await court.stop();
    }
  });

  it('retries an endpoint that answers an error, backing off up to an hour, and never gives up', async () => {
    const port = await freePort();
    const broken = receiver(port, 503);
    await broken.start();
    const out = t.services.protection.outbox;
    const hook = await out.createWebhook(rootActor, { name: '故障接收端', url: `http://127.0.0.1:${port}/`, secret: null, courtId: null, active: true });
    try {
      await fileCase(t.services, w);
      for (let i = 0; i < 10; i++) {
        const r = await out.deliverDue();
        expect(r.delivered).toBe(0);
        later(3600_000);
      }
      const d = (await out.deliveries(DeliveryListQuerySchema.parse({ webhookId: hook.id }))).items[0];
      expect(d).toMatchObject({ status: 'pending', attempts: 10, lastStatus: 503, lastError: 'HTTP 503' });
      expect(new Date(d.nextAttemptAt!).getTime() - (clock.now().getTime() - 3600_000)).toBe(3600_000);
      await out.updateWebhook(rootActor, hook.id, { active: false });
    } finally {
      await broken.stop();
    }
  });
});
