import type { Db } from '../../db/database';
import type { AuditActor, AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { NotificationService } from '../../platform/notifications/notification.service';
import type { RegistrationRepository } from './registration.repository';

export interface WaitlistDeps {
  regs: RegistrationRepository;
  audit: AuditWriter;
  notifications: NotificationService;
  clock: Clock;
}

/**
 * Moves people from the waitlist into free places, in the order they registered, and tells each of
 * them. Runs inside the transaction that freed the places (a cancellation, a larger capacity), with
 * the meeting row locked, so two cancellations never promote the same person twice.
 */
export async function fillFromWaitlist(
  trx: Db,
  deps: WaitlistDeps,
  actor: AuditActor,
  meeting: { id: string; title: string; capacity: number | null },
): Promise<string[]> {
  const { regs, audit, notifications, clock } = deps;
  const free = meeting.capacity === null ? Number.MAX_SAFE_INTEGER : meeting.capacity - (await regs.countRegistered(trx, meeting.id));
  const next = await regs.nextWaitlisted(trx, meeting.id, Math.min(free, 10_000));
  const now = clock.now();
  for (const r of next) {
    await regs.setStatus(trx, r.id, 'registered', now);
    await audit.record(trx, actor, { action: 'promote', entityType: 'meeting', entityId: meeting.id, before: { registrationId: r.id, name: r.name, status: 'waitlisted' }, after: { registrationId: r.id, name: r.name, status: 'registered' } });
    if (r.user_id) {
      await notifications.notify(trx, {
        userIds: [r.user_id],
        kind: 'meeting.promoted',
        title: `候补转正：${meeting.title}`,
        body: `有参会人员取消报名，您已由候补转为正式报名。签到码 ${r.code}。`,
        link: `/meetings/${meeting.id}`,
        dedupeKey: `meeting-promoted:${r.id}`,
      });
    }
  }
  return next.map((r) => r.id);
}
