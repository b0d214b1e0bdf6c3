import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { chinaDate } from '../../platform/clock';
import { forbidden, notFound } from '../../platform/errors';
import type { SearchIndexer } from '../../platform/search/search.service';
import { canManageRegion, conferenceScope } from './conference.policy';
import type { MeetingRepository, MeetingRow } from './meeting.repository';
import type { RegistrationRepository } from './registration.repository';

/** Finding meetings a caller may see or run, as the policy says; a meeting out of sight answers 404 like a missing one. */
export function meetingAccess(repo: MeetingRepository) {
  return {

    async visible(trx: Db, actor: Actor, id: string): Promise<MeetingRow> {
      const row = await repo.find(trx, id);
      if (!row) throw notFound('会议');
      if (canManageRegion(actor, row.region_code)) return row;
      if (!(await repo.isVisible(trx, id, conferenceScope(actor)))) throw notFound('会议');
      return row;
    },

    /** The meeting, when the caller may change it: 404 when they cannot see it, 403 when they only take part. */
    async managed(trx: Db, actor: Actor, id: string): Promise<MeetingRow> {
      const row = await this.visible(trx, actor, id);
      if (!canManageRegion(actor, row.region_code)) throw forbidden('只有会议的组织方可以执行此操作');
      return row;
    },
  };
}
export type MeetingAccess = ReturnType<typeof meetingAccess>;

/** Writes a meeting into the full-text index: title, theme, summary, venue, and the units involved. */
export async function indexMeeting(trx: Db, search: SearchIndexer, repo: MeetingRepository, regs: RegistrationRepository, id: string): Promise<void> {
  const m = await repo.find(trx, id);
  if (!m) return;
  const orgs = await repo.orgs(trx, [id]);
  const invited = await regs.invitations(trx, id);
  const orgIds = [...new Set([...orgs.flatMap((o) => (o.org_id ? [o.org_id] : [])), ...invited.map((i) => i.org_id)])];
  await search.upsert(trx, {
    entityType: 'meeting',
    entityId: id,
    title: m.title,
    body: [m.theme, m.summary, m.venue, orgs.map((o) => o.org_name).join(' ')].filter(Boolean).join('\n'),
    regionCode: m.region_code,
    orgIds,
    kind: m.kind,
    date: chinaDate(m.starts_at),
    visibility: 'internal',
    url: `/meetings/${id}`,
  });
}
