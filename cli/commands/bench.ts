import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';

/** `zhichan bench <name>` runs bench/<name>.bench.ts; each prints its figures and ends with one line of JSON. */
export function registerBenchCommands(program: Command): void {
  program
    .command('bench <name>')
    .description('run a benchmark from bench/ (api, tasks, protection, finance, enforcement, stats, text, soak [--minutes 30])')
    .allowUnknownOption()
    .argument('[args...]')
    .action((name: string, args: string[]) => {
      const file = path.resolve('bench', `${name}.bench.ts`);
      if (!fs.existsSync(file)) {
        console.error(`no benchmark ${name}; have: ${fs.readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', '')).join(', ')}`);
        process.exit(2);
      }
      // With the parent's V8 flags (the young generation the server runs with), so a benchmark measures the process as deployed.
      const r = spawnSync(process.execPath, [...process.execArgv, '--import', 'tsx', file, ...args], { stdio: 'inherit' });
      process.exit(r.status ?? 1);
    });
}
