import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { labelledReportSchema, type LabelledReport, scoreReports, scoreTable, type SetScore } from '../../server/platform/text/index';
import { fail } from '../context';

// `zhichan ingest score <files...>`: the per-field table for reports labelled by hand (JSON Lines,
// one report a line). A line may name a `file` (relative to the JSONL file) instead of a `text`.

/** Reads a labelled set; a bad line fails with its file and line number. */
export function readLabelledSet(file: string): LabelledReport[] {
  const dir = path.dirname(file);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new Error(`${file}:${n}: not JSON`);
      }
      if (raw && typeof raw === 'object' && 'file' in raw && typeof raw.file === 'string' && !('text' in raw)) {
        raw = { ...raw, text: fs.readFileSync(path.resolve(dir, raw.file), 'utf8') };
      }
      const parsed = labelledReportSchema.safeParse(raw);
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return parsed.data;
    });
}

/** Scores each file, split into its dev and held-out reports when it has both. */
export function scoreFiles(files: string[], only?: 'dev' | 'heldOut'): { name: string; score: SetScore }[] {
  const out: { name: string; score: SetScore }[] = [];
  for (const file of files) {
    const reports = readLabelledSet(file).filter((r) => !only || r.split === only);
    const base = path.basename(file).replace(/\.jsonl$/, '');
    const splits = [...new Set(reports.map((r) => r.split))];
    if (splits.length > 1) for (const s of splits) out.push({ name: `${base} ${s}`, score: scoreReports(reports.filter((r) => r.split === s)) });
    out.push({ name: splits.length > 1 ? `${base} all` : base, score: scoreReports(reports) });
  }
  return out;
}

export function registerScoreCommand(ingest: Command): void {
  ingest
    .command('score <files...>')
    .description('score the extraction on reports labelled by hand (JSON Lines) and print the per-field table')
    .option('--json', 'print the scores as JSON')
    .option('--misses', 'list what was missed in the dev reports (never the held-out ones)')
    .option('--split <split>', 'score only the dev or the heldOut reports')
    .action((files: string[], opts: { json?: boolean; misses?: boolean; split?: string }) => {
      if (opts.split !== undefined && opts.split !== 'dev' && opts.split !== 'heldOut') fail('--split is dev or heldOut');
      let sets: { name: string; score: SetScore }[];
      try {
        sets = scoreFiles(files, opts.split);
      } catch (err) {
        fail(err instanceof Error ? err.message : String(err));
      }
      if (opts.json) {
        console.log(JSON.stringify(sets.map((s) => ({ name: s.name, reports: s.score.reports, mean: s.score.mean, fields: s.score.fields }))));
        return;
      }
      console.log(scoreTable(sets));
      if (opts.misses) {
        for (const s of sets.filter((x) => !/heldOut|all$/.test(x.name))) {
          for (const m of s.score.misses) console.log(`${s.name}\t${m.id}\t${m.field}\texpected ${JSON.stringify(m.expected)}\tgot ${JSON.stringify(m.got)}`);
        }
      }
    });
}
