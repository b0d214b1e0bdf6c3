import { createRecordCommands } from './record-commands.service';
import { createRecordQueries } from './record-queries.service';
import { createRecordSupport, type RecordDeps } from './record-support.service';

export { type RecordDeps, DOCUMENT_EXTENSIONS, mapResolution } from './record-support.service';

/** What a meeting produced: minutes, resolutions, agreements signed, unveilings and documents released. */
export function createRecordService(deps: RecordDeps) {
  const support = createRecordSupport(deps);
  return { ...createRecordQueries(deps, support), ...createRecordCommands(deps, support) };
}
export type RecordService = ReturnType<typeof createRecordService>;
