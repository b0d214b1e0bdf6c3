import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';

/** Runs bench/<name>.bench.ts with the given arguments; answers its exit status and, when asked to keep it, its output. */
function runBench(name: string, args: string[], keepOutput: boolean): { status: number; output: string } {
  const file = path.resolve('bench', `${name}.bench.ts`);
  if (!fs.existsSync(file)) {
    console.error(`no benchmark ${name}; have: ${fs.readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', '')).join(', ')}`);
    process.exit(2);
  }
  // With the parent's V8 flags (the young generation the server runs with), so a benchmark measures the process as deployed.
  const r = spawnSync(process.execPath, [...process.execArgv, '--import', 'tsx', file, ...args], { stdio: keepOutput ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (keepOutput) process.stdout.write(r.stdout);
  return { status: r.status ?? 1, output: keepOutput ? r.stdout : '' };
}

/**
 * `zhichan bench <name>` runs bench/<name>.bench.ts; each prints its figures and ends with one line of
 * JSON. `zhichan bench a+b` runs both one after the other and ends with one JSON line joining theirs
 * (an issue's figures measured by two benchmarks, such as the centre's queue and the licence catalogue).
 */
export function registerBenchCommands(program: Command): void {
  program
    .command('bench <name>')
    .description('run a benchmark from bench/ (api, tasks, protection, finance, utilisation, enforcement, services, centre, stats, text, soak [--minutes 30]); a+b runs both and joins their JSON')
    .allowUnknownOption()
    .argument('[args...]')
    .action((name: string, args: string[]) => {
      const names = name.split('+');
      if (names.length === 1) process.exit(runBench(name, args, false).status);
      const joined: Record<string, unknown> = {};
      for (const n of names) {
        const r = runBench(n, args, true);
        if (r.status !== 0) process.exit(r.status);
        const last = r.output.trim().split('\n').at(-1) ?? '{}';
        Object.assign(joined, JSON.parse(last) as Record<string, unknown>);
      }
      console.log(JSON.stringify(joined));
    });
}
