import type { ImportRowError, Job } from '../../../common/jobs';
import type { Page } from '../../../common/pagination';
import type { Knowledge, KnowledgePublish, KnowledgeQuery } from '../../../common/services-desk';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import { inTransaction } from '../../db/unit-of-work';
import type { Actor } from '../../platform/access';
import type { AuditWriter } from '../../platform/audit/audit.service';
import { chinaDate, type Clock } from '../../platform/clock';
import { conflict, forbidden, notFound } from '../../platform/errors';
import { writeTemplate } from '../../platform/excel';
import { startImport, type ValidRow } from '../../platform/import';
import type { JobService } from '../../platform/jobs/job.service';
import { toSimplified } from '../../platform/text/script';
import type { KnowledgeRepository, KnowledgeRow } from './knowledge.repository';
import { KNOWLEDGE_IMPORT_COLUMNS, type KnowledgeImportRow, KnowledgeImportRowSchema } from './knowledge.workbook';
import { canRunDesk } from './services.policy';

const mapKnowledge = (k: KnowledgeRow): Knowledge => ({ id: k.id, category: k.category as Knowledge['category'], title: k.title, body: k.body, questionNumber: k.question_number, publishedOn: k.published_on });

/** The text an answer is matched on: title and body in simplified script, so traditional queries find it too. */
export const searchTextOf = (title: string, body: string): string => toSimplified(`${title}\n${body}`);

/** The knowledge base: published answers, searchable in simplified and traditional script, shown on the portal. */
export function createKnowledgeService(deps: { db: Db; repo: KnowledgeRepository; audit: AuditWriter; clock: Clock; jobs: JobService }) {
  const { db, repo, audit, clock } = deps;
  const service = {
    /** Public search: every word of the query (either script) must occur. */
    async search(q: KnowledgeQuery): Promise<Page<Knowledge>> {
      const words = q.q ? toSimplified(q.q).split(/[\s,，、;；]+/).filter(Boolean).slice(0, 8) : [];
      const { rows, total } = await repo.list(db, { words, category: q.category }, { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'publishedOn', order: q.sort ? q.order : 'desc' });
      return { items: rows.map(mapKnowledge), total, page: q.page, pageSize: q.pageSize };
    },

    async get(id: string): Promise<Knowledge> {
      const k = await repo.find(db, id);
      if (!k) throw notFound('知识库条目');
      return mapKnowledge(k);
    },

    /** Writes an entry inside the caller's transaction (publishing a question's answer, an import). */
    async insertIn(trx: Db, actor: Actor, input: KnowledgePublish & { regionCode: string; questionId: string | null; questionNumber: string | null }): Promise<string> {
      if (await repo.byTitle(trx, input.title)) throw conflict('知识库中已有同名条目', 'title');
      const values = { region_code: input.regionCode, category: input.category, title: input.title, body: input.body, search_text: searchTextOf(input.title, input.body), question_id: input.questionId, question_number: input.questionNumber, published_on: chinaDate(clock.now()) };
      const id = await repo.insert(trx, values, clock.now());
      await audit.record(trx, actor, { action: 'publish', entityType: 'servicesKnowledge', entityId: id, after: { title: input.title, category: input.category, questionNumber: input.questionNumber } });
      return id;
    },

    async importTemplate(): Promise<Buffer> {
      return writeTemplate('知识库', KNOWLEDGE_IMPORT_COLUMNS);
    },

    /** The office loads its list of common questions and answers from Excel: all rows or none. */
    async importEntries(actor: Actor, bytes: Buffer): Promise<Job> {
      if (!canRunDesk(actor, actor.regionCode)) throw forbidden('只有联席办可以导入知识库');
      return startImport(deps.jobs, actor, bytes, {
        kind: 'services.knowledge',
        columns: KNOWLEDGE_IMPORT_COLUMNS,
        rowSchema: KnowledgeImportRowSchema,
        async check(rows: ValidRow<KnowledgeImportRow>[], errors: ImportRowError[]) {
          const seen = new Map<string, number>();
          const ready: ValidRow<KnowledgeImportRow>[] = [];
          for (const r of rows) {
            const first = seen.get(r.value.title);
            if (first !== undefined) errors.push({ row: r.rowNumber, field: '问题', message: `与第 ${first} 行重复` });
            else if (await repo.byTitle(db, r.value.title)) errors.push({ row: r.rowNumber, field: '问题', message: '知识库中已有同名条目' });
            else ready.push(r);
            if (first === undefined) seen.set(r.value.title, r.rowNumber);
          }
          return ready;
        },
        async persist(rows, progress) {
          await inTransaction(db, async (trx) => {
            for (const r of rows) await service.insertIn(trx, actor, { ...r.value, regionCode: actor.regionCode, questionId: null, questionNumber: null });
          });
          progress(rows.length);
        },
      });
    },

    /** The office withdraws an entry from the knowledge base. */
    async withdraw(actor: Actor, id: string): Promise<void> {
      const k = await repo.find(db, id);
      if (!k || !canRunDesk(actor, k.region_code)) throw notFound('知识库条目');
      await inTransaction(db, async (trx) => {
        await repo.remove(trx, id, k.region_code);
        await audit.record(trx, actor, { action: 'withdraw', entityType: 'servicesKnowledge', entityId: id, before: mapKnowledge(k) });
      });
    },
  };
  return service;
}
export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
