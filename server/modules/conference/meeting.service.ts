import { createMeetingCommands } from './meeting-commands.service';
import { createMeetingQueries } from './meeting-queries.service';
import { createMeetingSupport, type MeetingDeps } from './meeting-support.service';

export { type MeetingDeps, mapRegistration } from './meeting-support.service';

/** Meetings of every kind: the record, its organisers, its agenda, and who may see its online link when. */
export function createMeetingService(deps: MeetingDeps) {
  const support = createMeetingSupport(deps);
  return { ...createMeetingQueries(deps, support), ...createMeetingCommands(deps, support) };
}
export type MeetingService = ReturnType<typeof createMeetingService>;
