import type { Invitation, Registration, RegistrationListQuery } from '../../../common/conference';
import type { Attendee } from '../../../common/conference-records';
import type { Page } from '../../../common/pagination';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { writeSheet, writeTemplate } from '../../platform/excel';
import { ATTENDEE_COLUMNS, ATTENDEE_IMPORT_COLUMNS, REGISTRATION_COLUMNS } from './conference.workbook';
import { canManageRegion } from './conference.policy';
import { mapRegistration } from './meeting.service';
import { mapAttendee, type RegistrationDeps } from './registration-support.service';

/** Reads of invitations, registrations and attendance: the lists, records and exports. */
export function createRegistrationQueries(deps: RegistrationDeps) {
  const { db, repo, access } = deps;
  return {
    async invitations(actor: Actor, meetingId: string): Promise<Invitation[]> {
      await access.visible(db, actor, meetingId);
      return (await repo.invitations(db, meetingId)).map((i) => ({ id: i.id, orgId: i.org_id, orgName: i.org_name, personId: i.person_id, personName: i.person_name, invitedAt: i.invited_at.toISOString() }));
    },

    /** The organisers see every registration; anyone else sees only their own. */
    async list(actor: Actor, meetingId: string, q: RegistrationListQuery): Promise<Page<Registration>> {
      const m = await access.visible(db, actor, meetingId);
      const manager = canManageRegion(actor, m.region_code);
      const { rows, total } = await repo.list(
        db,
        meetingId,
        { status: q.status, q: q.q, checkedIn: q.checkedIn === undefined ? undefined : q.checkedIn === 'true', userId: manager ? undefined : actor.userId },
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'registeredAt', order: q.order },
      );
      return { items: rows.map((r) => mapRegistration(r, manager || r.user_id === actor.userId)), total, page: q.page, pageSize: q.pageSize };
    },

    async exportXlsx(actor: Actor, meetingId: string, q: RegistrationListQuery): Promise<Buffer> {
      const page = await this.list(actor, meetingId, { ...q, page: 1, pageSize: 10_000 });
      return writeSheet({ name: '报名名单', columns: REGISTRATION_COLUMNS, rows: page.items });
    },

    async attendees(actor: Actor, meetingId: string): Promise<Attendee[]> {
      await access.visible(db, actor, meetingId);
      return (await repo.attendees(db, meetingId)).map(mapAttendee);
    },

    async exportAttendees(actor: Actor, meetingId: string): Promise<Buffer> {
      return writeSheet({ name: '参会人员', columns: ATTENDEE_COLUMNS, rows: await this.attendees(actor, meetingId) });
    },

    async attendeeTemplate(): Promise<Buffer> {
      return writeTemplate('参会人员', ATTENDEE_IMPORT_COLUMNS);
    },
  };
}
export type RegistrationQueries = ReturnType<typeof createRegistrationQueries>;
