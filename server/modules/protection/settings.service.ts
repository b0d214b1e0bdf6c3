import { createSettingsCommands } from './settings-commands.service';
import { createSettingsQueries } from './settings-queries.service';
import type { SettingsServiceDeps } from './settings-support.service';

export * from './settings-support.service';

/** Mediation organisations' (and deciding offices') profiles, and the deadline rules with their regional overrides. */
export function createSettingsService(deps: SettingsServiceDeps) {
  return { ...createSettingsQueries(deps), ...createSettingsCommands(deps) };
}
export type SettingsService = ReturnType<typeof createSettingsService>;
