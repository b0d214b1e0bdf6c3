import type { Job } from '../../../../common/jobs';
import type { Page } from '../../../../common/pagination';
import { regionPrefix } from '../../../../common/region';
import type { Report, ReportListQuery, ReportStart } from '../../../../common/stats-records';
import type { Db } from '../../../db/database';
import type { Actor } from '../../../platform/access';
import { canReadReport, canSpeakForRegion, defaultListPrefix } from '../stats.policy';
import type { Clock } from '../../../platform/clock';
import { chinaDate } from '../../../platform/clock';
import { fieldError, notFound } from '../../../platform/errors';
import type { FileService } from '../../../platform/files/file.service';
import type { JobProgress, JobService } from '../../../platform/jobs/job.service';
import type { DashboardService } from '../dashboard.service';
import type { ReferenceService } from '../reference.service';
import { buildPdf, buildWorkbook, REPORT_COMPARE, REPORT_TRENDS, type ReportData, reportTitle } from './report.workbook';
import type { ReportRepository, ReportRow } from './report.repository';
import { inTransaction } from '../../../db/unit-of-work';

/** The yearly statistics report (知识产权数据统计分析报告): a PDF and the same data as xlsx, made as a job and kept. */
export function createReportService(deps: { db: Db; repo: ReportRepository; dashboards: DashboardService; reference: ReferenceService; files: FileService; jobs: JobService; clock: Clock }) {
  const { db, repo, dashboards, reference, files, jobs, clock } = deps;

  async function gather(code: string, year: number, progress?: JobProgress): Promise<ReportData> {
    const dashboard = await dashboards.dashboard(code, year);
    if (dashboard.year !== year || dashboard.cards.every((c) => c.value === null)) throw fieldError('year', `${dashboard.region.fullName}${year}年没有指标数据，无法生成报告`);
    progress?.report(1, 5, '正在汇总趋势');
    const trends = await Promise.all(REPORT_TRENDS.map((t) => dashboards.trend({ region: code, indicator: t.id, from: year - 9, to: year })));
    progress?.report(2, 5, '正在汇总区域对比与排名');
    let compare = null;
    const compareTable: ReportData['compareTable'] = [];
    if (dashboard.childLevel) {
      compare = await dashboards.compare({ region: code, year, indicator: 'domesticPatentGrants' });
      const perIndicator = await Promise.all(REPORT_COMPARE.map((id) => dashboards.compare({ region: code, year, indicator: id })));
      const names = new Map<string, string>();
      for (const c of perIndicator) for (const i of c.items) names.set(i.regionCode, i.regionName);
      for (const [regionCode, regionName] of [...names].sort((a, b) => a[0].localeCompare(b[0]))) {
        compareTable.push({ regionName, values: Object.fromEntries(perIndicator.map((c) => [c.indicator.id, c.items.find((i) => i.regionCode === regionCode)?.value ?? null])) });
      }
    }
    const card = dashboard.cards.find((c) => c.id === 'domesticPatentGrants');
    const peer = card?.rank ? await dashboards.peerOf(code, year, 'domesticPatentGrants') : null;
    const ranking = peer ? { ...(await dashboards.ranking({ year, indicator: 'domesticPatentGrants', peer, page: 1, pageSize: 10, order: 'asc' })), indicatorName: card!.name, unit: card!.unit } : null;
    const baselines = (await reference.baselines({ regionCode: code, year: undefined, page: 1, pageSize: 20, sort: 'year', order: 'desc' })).items.filter((b) => b.regionCode === code && b.year <= year).slice(0, 5);
    return { dashboard, trends, compare, compareTable, ranking, baselines, generatedAt: chinaDate(clock.now()) };
  }

  const mapReport = (r: ReportRow): Report => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: dashboards.regionInfo(r.region_code).fullName,
    year: r.year,
    title: r.title,
    pdfFileId: r.pdf_file_id,
    xlsxFileId: r.xlsx_file_id,
    pdfSize: r.pdf_size,
    createdByName: r.created_by_name,
    createdAt: r.created_at.toISOString(),
  });

  function checkReach(actor: Actor, code: string): void {
    if (!canSpeakForRegion(actor, code)) throw fieldError('regionCode', '只能为本辖区生成统计报告');
  }

  /** Builds the PDF and the workbook (the command line writes them to files). */
  async function build(code: string, year: number, progress?: JobProgress): Promise<{ title: string; pdf: Buffer; xlsx: Buffer }> {
    const data = await gather(code, year, progress);
    progress?.report(3, 5, '正在绘制图表并排版 PDF');
    const pdf = await buildPdf(data);
    progress?.report(4, 5, '正在生成 Excel');
    const xlsx = await buildWorkbook(data);
    return { title: reportTitle(data.dashboard), pdf, xlsx };
  }

  async function generate(actor: Actor, input: ReportStart, progress?: JobProgress): Promise<Report> {
    const built = await build(input.regionCode, input.year, progress);
    return inTransaction(db, async (trx) => {
      const pdf = await files.save(trx, actor, { name: `${built.title}.pdf`, bytes: built.pdf }, ['pdf']);
      const xlsx = await files.save(trx, actor, { name: `${built.title}.xlsx`, bytes: built.xlsx }, ['xlsx']);
      const id = await repo.insert(trx, { region_code: input.regionCode, year: input.year, title: built.title, pdf_file_id: pdf.id, xlsx_file_id: xlsx.id, created_by: actor.userId, created_by_name: actor.displayName });
      return mapReport((await repo.find(trx, id))!);
    });
  }

  return {
    build,

    /** Makes and stores the report now (the demo city's; the page goes through `start`). */
    generate,

    /** Starts making the report as a job; its result names the stored report. */
    async start(actor: Actor, input: ReportStart): Promise<Job> {
      checkReach(actor, input.regionCode);
      dashboards.regionInfo(input.regionCode);
      return jobs.start(actor, 'stats.report', async (progress) => {
        progress.report(0, 5, '正在读取指标');
        const report = await generate(actor, input, progress);
        progress.report(5, 5, '完成');
        return report;
      });
    },

    async list(actor: Actor, q: ReportListQuery): Promise<Page<Report>> {
      const prefix = q.regionCode ? regionPrefix(q.regionCode) : defaultListPrefix(actor);
      const { rows, total } = await repo.list(db, q, prefix);
      return { items: rows.map(mapReport), total, page: q.page, pageSize: q.pageSize };
    },

    /** A stored report's PDF or workbook, for readers whose region covers it. */
    async file(actor: Actor, id: string, format: 'pdf' | 'xlsx'): Promise<{ name: string; mime: string; bytes: Buffer }> {
      const row = await repo.find(db, id);
      if (!row || !canReadReport(actor, { regionCode: row.region_code })) throw notFound('统计报告');
      const { file, bytes } = await files.read(format === 'pdf' ? row.pdf_file_id : row.xlsx_file_id);
      return { name: file.name, mime: file.mime, bytes };
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
