import { createFigureCommands } from './figure-commands.service';
import { createFigureQueries } from './figure-queries.service';
import type { FigureDeps } from './figure-support.service';

export { indicatorIdOf, type FigureDeps } from './figure-support.service';

/** Figures that reports state (reported, not computed): recorded by the ingest page or imported from Excel. */
export function createFigureService(deps: FigureDeps) {
  return { ...createFigureQueries(deps), ...createFigureCommands(deps) };
}
export type FigureService = ReturnType<typeof createFigureService>;
