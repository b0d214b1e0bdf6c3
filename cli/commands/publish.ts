import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { analyseReport, CONFIDENCE_FIELDS, type Confidence, type ConfidenceField, DOCUMENT_MAX_BYTES, DocumentError, readDocument, type ReportAnalysis } from '../../server/platform/text/index';
import { fail, openContext } from '../context';
import { registerScoreCommand } from './ingest-score';

/** The extraction of one file in the shape of the command-line contract. */
export function extractionJson(file: string, r: ReportAnalysis) {
  const f = r.facts;
  return {
    file,
    title: f.title,
    publishDate: f.publishDate,
    eventDate: f.eventDate,
    region: { code: f.region?.code ?? null, name: f.region?.name ?? null },
    kind: f.kind,
    organizations: f.organizations,
    people: f.people.map((p) => ({ name: p.name, title: p.title })),
    agreements: f.agreements,
    statistics: f.statistics.map((s) => ({ indicator: s.indicator, value: s.value, unit: s.unit, year: s.year, region: { code: s.region?.code ?? null, name: s.region?.name ?? null } })),
    attendeeCount: f.attendeeCount,
    onlineAudience: f.onlineAudience,
    /** How far to trust each field (0–1), as the ingest page weighs it: below 0.5 is weak, 0.8 and above strong. */
    confidence: r.confidence,
    cleanedText: r.cleanedText,
  };
}

/** Reads and analyses one file; a file that cannot be read answers its reason. */
export async function extractFile(file: string): Promise<{ ok: true; result: ReturnType<typeof extractionJson> } | { ok: false; error: string }> {
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, error: '不是文件' };
    size = stat.size;
  } catch {
    return { ok: false, error: '文件不存在或无法读取' };
  }
  // Refuse a huge file before reading it into memory.
  if (size > DOCUMENT_MAX_BYTES) return { ok: false, error: `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），最大 ${DOCUMENT_MAX_BYTES / 1024 / 1024} MB` };
  try {
    const doc = await readDocument(path.basename(file), fs.readFileSync(file));
    return { ok: true, result: extractionJson(file, analyseReport(doc.text, { publishDate: doc.publishDate, title: doc.title, segment: false })) };
  } catch (err) {
    if (err instanceof DocumentError) return { ok: false, error: err.message };
    throw err;
  }
}

const CONFIDENCE_NAMES: Record<ConfidenceField, string> = {
  eventDate: '活动日期',
  region: '举办地区',
  kind: '活动类型',
  attendeeCount: '参会人数',
  agreements: '签署协议',
  people: '出席人员',
  statistics: '统计数据',
};

/** The fields weakest first with their level, as the ingest page lists them (低 below 0.5, 高 from 0.8). */
function confidenceLine(c: Confidence): string {
  const level = (v: number) => (v >= 0.8 ? '高' : v >= 0.5 ? '中' : '低');
  return [...CONFIDENCE_FIELDS]
    .sort((a, b) => c[a] - c[b])
    .map((f) => `${CONFIDENCE_NAMES[f]}${level(c[f])}（${c[f].toFixed(2)}）`)
    .join('、');
}

function printHuman(r: ReturnType<typeof extractionJson>): void {
  const lines = [
    `== ${r.file}`,
    `标题      ${r.title ?? '—'}`,
    `发布日期  ${r.publishDate ?? '—'}    事件日期  ${r.eventDate ?? '—'}`,
    `地区      ${r.region.name ? `${r.region.name}（${r.region.code}）` : '—'}    类型  ${r.kind}`,
    `参会人数  ${r.attendeeCount ?? '—'}    线上观看  ${r.onlineAudience ?? '—'}`,
    `机构      ${r.organizations.join('、') || '—'}`,
    `人员      ${r.people.map((p) => `${p.name}（${p.title}）`).join('、') || '—'}`,
    `协议      ${r.agreements.map((a) => `《${a}》`).join('') || '—'}`,
    ...r.statistics.map((s) => `数据      ${s.year ?? ''} ${s.region.name ?? ''} ${s.indicator} ${s.value} ${s.unit}`),
    `可信度    ${confidenceLine(r.confidence)}`,
  ];
  console.log(lines.join('\n') + '\n');
}

/** `zhichan ingest extract` (works without a database) and `zhichan search reindex`. */
export function registerPublishCommands(program: Command): void {
  const ingest = program.command('ingest').description('read outside reports with the Chinese text toolkit');
  ingest
    .command('extract <files...>')
    .description('clean .txt/.html/.docx reports and print the facts read from each (no database needed)')
    .option('--json', 'one JSON object per file, one per line')
    .action(async (files: string[], opts: { json?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        const r = await extractFile(file);
        if (!r.ok) {
          failed++;
          if (opts.json) console.log(JSON.stringify({ file, error: r.error }));
          else console.error(`${file}: ${r.error}`);
          continue;
        }
        if (opts.json) console.log(JSON.stringify(r.result));
        else printHuman(r.result);
      }
      if (failed) process.exitCode = 1;
    });
  registerScoreCommand(ingest);

  const search = program.command('search').description('the full-text search index');
  search
    .command('reindex')
    .description('rebuild index rows made by an older tokeniser')
    .action(async () => {
      const ctx = await openContext();
      try {
        let total = 0;
        for (;;) {
          const n = await ctx.platform.search.reindexStale(1000);
          if (n === 0) break;
          total += n;
        }
        console.log(total ? `rebuilt ${total} index rows` : 'the index is up to date');
      } catch (err) {
        fail(err instanceof Error ? err.message : String(err));
      } finally {
        await ctx.close();
      }
    });
}
