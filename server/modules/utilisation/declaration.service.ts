import type { Actor } from '../../platform/access';
import { createDeclarationCommands } from './declaration-commands.service';
import { createDeclarationQueries } from './declaration-queries.service';
import { createDeclarationSupport, type DeclarationDeps } from './declaration-support.service';

export type { DeclarationDeps } from './declaration-support.service';

/** Open-licence declarations: the catalogue and list (queries), declaring, withdrawing and bulk listing (commands). */
export function createDeclarationService(deps: DeclarationDeps) {
  const support = createDeclarationSupport(deps);
  const queries = createDeclarationQueries(deps, support);
  const get = (actor: Actor, id: string) => queries.get(actor, id);
  return { ...queries, ...createDeclarationCommands(deps, support, get), support };
}
export type DeclarationService = ReturnType<typeof createDeclarationService>;
