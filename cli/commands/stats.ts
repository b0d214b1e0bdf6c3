import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { IMPORT_KINDS, type ImportKind, type StatsImportReport } from '../../common/stats-records';
import { writeDataset } from '../../server/modules/stats/demo/generator';
import { KINDS, suggestMapping } from '../../server/modules/stats/import/domain/kinds';
import { openRowSource } from '../../server/modules/stats/import/row-source.workbook';
import { AppError } from '../../server/platform/errors';
import type { Actor } from '../../server/platform/access';
import { JobFailure, type JobProgress } from '../../server/platform/jobs/job.service';
import { fail, openContext } from '../context';

const CLI_ACTOR: Actor = { userId: '00000000-0000-4000-8000-000000000000', username: 'cli', displayName: '命令行', orgId: '', orgName: '', regionCode: '000000', roles: ['admin'], scope: 'all' };

function year(text: string): number {
  const y = Number(text);
  if (!Number.isInteger(y) || y < 1985 || y > 2100) fail(`--year: ${text} is not a year`);
  return y;
}
function regionCode(text: string): string {
  if (!/^\d{6}$/.test(text)) fail(`--region: ${text} is not a 6-digit GB/T 2260 code (000000 = the whole country)`);
  return text;
}

/** A progress bar on stderr (redrawn in place on a terminal, a line every few seconds otherwise). */
export function progressBar(label: string): JobProgress & { done(): void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  return {
    report(processed, total = null, message = null) {
      const now = Date.now();
      if (now - last < (tty ? 200 : 3000)) return;
      last = now;
      const pct = total ? Math.min(100, Math.round((processed / total) * 100)) : null;
      const bar = pct === null ? '' : `[${'#'.repeat(Math.round(pct / 4)).padEnd(25, '.')}] ${String(pct).padStart(3)}% `;
      const line = `${label} ${bar}${processed.toLocaleString('en-US')} ${message ?? ''}`;
      process.stderr.write(tty ? `\r${line.padEnd(100)}` : `${line}\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

function explain(err: unknown): never {
  if (err instanceof JobFailure) {
    const report = err.result as StatsImportReport;
    console.error(err.message);
    for (const e of report.errors.slice(0, 50)) console.error(`  第 ${e.row} 行 ${e.field}: ${e.message}`);
    if (report.errorCount > 50) console.error(`  …共 ${report.errorCount} 处错误`);
    process.exit(1);
  }
  if (err instanceof AppError) fail(err.message);
  fail(err instanceof Error ? err.message : String(err));
}

/** indicators, generate, import, recompute, publish and report. */
export function registerStatsCommands(program: Command): void {
  const stats = program.command('stats').description('IP statistics: indicators, records, reports');

  stats
    .command('indicators')
    .description('every indicator of a region and year with its rank and the national average')
    .requiredOption('--region <code>', 'GB/T 2260 code, 000000 for the whole country')
    .requiredOption('--year <yyyy>', 'the year')
    .option('--json', 'print a JSON array of { id, name, value, unit, rank, nationalAverage }')
    .action(async (opts: { region: string; year: string; json?: boolean }) => {
      const code = regionCode(opts.region);
      const y = year(opts.year);
      const ctx = await openContext();
      try {
        const rows = await ctx.services.stats.dashboards.cliIndicators(code, y);
        if (opts.json) console.log(JSON.stringify(rows, null, 2));
        else for (const r of rows) console.log(`${r.name.padEnd(24, '　')} ${r.value === null ? '—' : String(+r.value.toFixed(2)).padStart(12)} ${r.unit}  ${r.rank ? `第${r.rank}` : ''}${r.nationalAverage !== null ? `  全国 ${r.nationalAverage.toFixed(2)}` : ''}`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });

  stats
    .command('generate')
    .description('write a deterministic data set of patents for many cities and years (patents.csv, baselines.csv)')
    .requiredOption('--patents <n>', 'how many patents')
    .option('--seed <s>', 'random seed (the same seed gives the same files)', '1')
    .option('--out <dir>', 'output folder', 'bench/out/stats')
    .action(async (opts: { patents: string; seed: string; out: string }) => {
      const n = Number(opts.patents);
      if (!Number.isInteger(n) || n < 1) fail('--patents: a positive whole number');
      const ctx = await openContext();
      try {
        const bar = progressBar('generating');
        const t = Date.now();
        const files = await writeDataset(ctx.services.stats.compute.tree(), { patents: n, seed: Number(opts.seed), dir: path.resolve(opts.out), onProgress: (d) => bar.report(d, n, '条专利') });
        bar.done();
        console.log(`wrote ${n.toLocaleString('en-US')} patents in ${Date.now() - t} ms:\n  ${files.patents}\n  ${files.baselines}`);
      } finally {
        await ctx.close();
      }
    });

  stats
    .command('import <file>')
    .description('import a CSV or Excel file of records, baselines or published figures (all rows or none)')
    .requiredOption('--kind <kind>', IMPORT_KINDS.join(' | '))
    .option('--map <field=header...>', 'file column of a field when its header is not recognised, e.g. applicationNo=专利号')
    .action(async (file: string, opts: { kind: string; map?: string[] }) => {
      if (!IMPORT_KINDS.includes(opts.kind as ImportKind)) fail(`--kind: one of ${IMPORT_KINDS.join(', ')}`);
      if (!fs.existsSync(file)) fail(`no such file: ${file}`);
      const kind = opts.kind as ImportKind;
      const ctx = await openContext();
      try {
        let mapping: Record<string, string | null> | null = null;
        if (opts.map?.length) {
          const source = await openRowSource({ name: file, path: file });
          mapping = suggestMapping(KINDS[kind], source.headers);
          for (const m of opts.map) {
            const [field, header] = m.split('=');
            if (!field || header === undefined) fail(`--map: ${m} should read field=header`);
            mapping[field] = header === '' ? null : header;
          }
        }
        const bar = progressBar('importing');
        const t = Date.now();
        const report = await ctx.services.stats.imports.run({ actor: null, audit: { system: 'cli' }, name: '命令行' }, kind, { name: path.basename(file), path: path.resolve(file) }, mapping, bar);
        bar.done();
        console.log(`${report.total.toLocaleString('en-US')} rows in ${Date.now() - t} ms: ${report.inserted} new, ${report.updated} changed, ${report.unchanged} unchanged`);
        if (process.env.ZHICHAN_IMPORT_PHASES === '1') console.log(`phases (ms): ${JSON.stringify(report.phasesMs)}`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });

  stats
    .command('recompute')
    .description('rebuild every fact and indicator value from the records')
    .action(async () => {
      const ctx = await openContext();
      try {
        const bar = progressBar('recomputing');
        const r = await ctx.services.stats.compute.fullRecompute(bar);
        bar.done();
        console.log(`${r.values.toLocaleString('en-US')} values in ${r.ms} ms`);
      } finally {
        await ctx.close();
      }
    });

  stats
    .command('publish')
    .description('publish the indicators of a region and year to the public portal and open data')
    .requiredOption('--region <code>', 'GB/T 2260 code')
    .requiredOption('--year <yyyy>', 'the year')
    .option('--children', 'also publish its districts')
    .action(async (opts: { region: string; year: string; children?: boolean }) => {
      const ctx = await openContext();
      try {
        const done = await ctx.services.stats.publications.publish(CLI_ACTOR, { regionCode: regionCode(opts.region), year: year(opts.year), includeChildren: !!opts.children });
        for (const p of done) console.log(`published ${p.regionName} ${p.year} (${p.indicatorCount} indicators)`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });

  stats
    .command('report')
    .description('the yearly statistics report (知识产权数据统计分析报告) as PDF, with the same data as .xlsx beside it')
    .requiredOption('--region <code>', 'GB/T 2260 code')
    .requiredOption('--year <yyyy>', 'the year')
    .option('--out <file>', 'the PDF to write', 'report.pdf')
    .action(async (opts: { region: string; year: string; out: string }) => {
      const ctx = await openContext();
      try {
        const bar = progressBar('report');
        const built = await ctx.services.stats.reports.build(regionCode(opts.region), year(opts.year), bar);
        bar.done();
        const pdf = path.resolve(opts.out);
        const xlsx = pdf.replace(/\.pdf$/i, '') + '.xlsx';
        fs.writeFileSync(pdf, built.pdf);
        fs.writeFileSync(xlsx, built.xlsx);
        console.log(`${built.title}\n  ${pdf} (${Math.round(built.pdf.length / 1024)} KB)\n  ${xlsx}`);
      } catch (err) {
        explain(err);
      } finally {
        await ctx.close();
      }
    });
}
