import { ONLINE_LINK_LEAD_MINUTES } from '../../../common/conference';
import type { Db } from '../../db/database';
import type { PlatformContext } from '../../platform/context';
import { inTransaction } from '../../db/unit-of-work';

/** Meetings starting in [from, to) with the users registered for them (or, for the link, invited). */
const reminderRepository = {
  async starting(db: Db, from: Date, to: Date) {
    return db
      .selectFrom('meeting as m')
      .select(['m.id', 'm.title', 'm.starts_at', 'm.venue', 'm.mode', 'm.online_url'])
      .where('m.status', '=', 'scheduled')
      .where('m.starts_at', '>=', from)
      .where('m.starts_at', '<', to)
      .execute();
  },
  async registeredUsers(db: Db, meetingId: string): Promise<string[]> {
    const rows = await db.selectFrom('meeting_registration').select('user_id').where('meeting_id', '=', meetingId).where('status', '=', 'registered').where('user_id', 'is not', null).execute();
    return rows.flatMap((r) => (r.user_id ? [r.user_id] : []));
  },
};

/**
 * Tells registered people the day before a meeting, and again when its online link opens (30
 * minutes before the start). Each message carries a dedupe key, so running the slot twice, or in
 * two server processes, sends it once.
 */
export async function meetingReminders(p: PlatformContext, now: Date): Promise<void> {
  const dayAhead = await reminderRepository.starting(p.db, now, new Date(now.getTime() + 24 * 3600_000));
  for (const m of dayAhead) {
    const userIds = await reminderRepository.registeredUsers(p.db, m.id);
    if (userIds.length === 0) continue;
    await inTransaction(p.db, async (trx) => {
      await p.notifications.notify(trx, {
        userIds,
        kind: 'meeting.reminder',
        title: `会议提醒：${m.title}`,
        body: `会议将于 ${m.starts_at.toISOString()} 开始${m.venue ? `，地点：${m.venue}` : ''}。`,
        link: `/meetings/${m.id}`,
        dedupeKey: `meeting-reminder:${m.id}:${m.starts_at.toISOString()}`,
      });
      const opens = m.starts_at.getTime() - ONLINE_LINK_LEAD_MINUTES * 60_000;
      if (m.online_url && m.mode !== 'offline' && now.getTime() >= opens) {
        await p.notifications.notify(trx, {
          userIds,
          kind: 'meeting.online',
          title: `线上会议即将开始：${m.title}`,
          body: '会议链接已开放，请在会议页面进入。',
          link: `/meetings/${m.id}`,
          dedupeKey: `meeting-online:${m.id}:${m.starts_at.toISOString()}`,
        });
      }
    });
  }
}
