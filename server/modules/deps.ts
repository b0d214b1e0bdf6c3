import type { OrgServices } from './org/index';
import type { ConferenceServices } from './conference/index';
import type { TasksServices } from './tasks/index';
import type { ProtectionServices } from './protection/index';
import type { StatsServices } from './stats/index';
import type { PublishServices } from './publish/index';

/** Every module's services, in the order they are built. */
export interface Services {
  org: OrgServices;
  conference: ConferenceServices;
  tasks: TasksServices;
  protection: ProtectionServices;
  stats: StatsServices;
  publish: PublishServices;
}

type Order = ['org', 'conference', 'tasks', 'protection', 'stats', 'publish'];
type Before<K, L extends readonly unknown[]> = L extends readonly [infer H, ...infer T] ? (H extends K ? never : H | Before<K, T>) : never;

/** The services a module may use: those of the modules built before it (no cycles). */
export type ModuleDeps<K extends keyof Services> = Pick<Services, Extract<Before<K, Order>, keyof Services>>;
