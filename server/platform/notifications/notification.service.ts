import { z } from 'zod';
import type { Db } from '../../db/database';
import type { Actor } from '../access';
import type { Clock } from '../clock';
import { notFound } from '../errors';
import type { NotificationRepository, NotificationRow } from './notification.repository';

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    title: z.string(),
    body: z.string().nullable(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = z
  .object({ items: z.array(NotificationSchema), total: z.number().int(), unread: z.number().int() })
  .meta({ id: 'NotificationPage' });

export const NotificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** A message to deliver: `dedupeKey` makes a repeated reminder a no-op. */
export interface NotificationInput {
  userIds: readonly string[];
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
  /** Combined with each user id, so the same reminder reaches each user once. */
  dedupeKey?: string | null;
}

/** An outside mail service; the platform ships a fake that only logs, behind this interface. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

function mapNotification(r: NotificationRow): Notification {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at ? r.read_at.toISOString() : null,
  };
}

/** In-app messages: reminders, supervision notices and other things a user must act on. */
export function createNotificationService(deps: { db: Db; repo: NotificationRepository; clock: Clock }) {
  const { db, repo, clock } = deps;
  return {
    /** Delivers a message to users inside the caller's transaction; returns how many were new. */
    async notify(trx: Db, n: NotificationInput): Promise<number> {
      const ids = [...new Set(n.userIds)];
      return repo.insertMany(
        trx,
        ids.map((userId) => ({
          user_id: userId,
          kind: n.kind,
          title: n.title,
          body: n.body ?? null,
          link: n.link ?? null,
          dedupe_key: n.dedupeKey ? `${n.dedupeKey}:${userId}` : null,
        })),
      );
    },
    async list(actor: Actor, q: z.output<typeof NotificationListQuerySchema>) {
      const { rows, total, unread } = await repo.list(db, actor.userId, q.unread, q.pageSize, (q.page - 1) * q.pageSize);
      return { items: rows.map(mapNotification), total, unread };
    },
    async markRead(actor: Actor, id: string): Promise<void> {
      const n = await repo.markRead(db, actor.userId, id, clock.now());
      if (n === 0 && !(await repo.exists(db, actor.userId, id))) throw notFound('消息');
    },
    async markAllRead(actor: Actor): Promise<number> {
      return repo.markRead(db, actor.userId, null, clock.now());
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
