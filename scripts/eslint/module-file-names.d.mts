import type { ESLint } from 'eslint';

/** Why a file at `relPath` (posix, relative to server/modules/) breaks the module template, or null when it fits. */
export function moduleFileProblem(relPath: string): string | null;

declare const plugin: ESLint.Plugin;
export default plugin;
