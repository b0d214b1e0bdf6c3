import type { AuditEvent } from '../../../common/audit';
import type { Page } from '../../../common/pagination';
import type { Article, ArticleListItem, ArticleListQuery } from '../../../common/publish';
import { regionPrefix } from '../../../common/region';
import type { Db } from '../../db/database';
import { pageWindow } from '../../db/query-helpers';
import type { Actor } from '../../platform/access';
import { canSeeArticle, publishScope } from './publish.policy';
import { writeSheet } from '../../platform/excel';
import { notFound } from '../../platform/errors';
import { ARTICLE_EXPORT_COLUMNS } from './publish.workbook';
import type { ArticleRow } from './article.repository';
import type { ArticleServiceDeps, ArticleSupport } from './article-support.service';

const EXPORT_MAX = 20_000;

/** Reads of articles: the lists, records and exports. */
export function createArticleQueries(deps: ArticleServiceDeps, support: ArticleSupport) {
  const { db, repo, files, history } = deps;
  const { mapListItem, mapArticle, factsOf, inActorScope } = support;

  /** The article if the actor may see it: in their scope, or published. */
  async function findVisible(trx: Db, actor: Actor, id: string): Promise<ArticleRow> {
    const r = await repo.find(trx, id);
    if (!r || !canSeeArticle(actor, factsOf(r))) throw notFound('资讯');
    return r;
  }

  return {
    mapListItem,

    async list(actor: Actor, q: ArticleListQuery): Promise<Page<ArticleListItem>> {
      const { rows, total } = await repo.list(
        db,
        { q: q.q, statuses: q.status, kinds: q.eventKind, eventRegionPrefix: q.regionCode ? regionPrefix(q.regionCode) : undefined, authorOrgId: q.authorOrgId, from: q.from, to: q.to },
        publishScope(actor),
        { ...pageWindow(q.page, q.pageSize), sort: q.sort ?? 'updatedAt', order: q.order },
      );
      return { items: rows.map(mapListItem), total, page: q.page, pageSize: q.pageSize };
    },

    async get(actor: Actor, id: string): Promise<Article> {
      return mapArticle(db, await findVisible(db, actor, id));
    },

    /** The audit trail, only for an article the actor's list shows: being published makes the article public, not who changed it. */
    async history(actor: Actor, id: string): Promise<AuditEvent[]> {
      const r = await repo.find(db, id);
      if (!r || !inActorScope(actor, r)) throw notFound('资讯');
      return history('article', id);
    },

    /** An attachment of an article the actor may see (signed out: of a published article). */
    async attachment(actor: Actor | null, id: string, fileId: string): Promise<{ file: { name: string; mime: string }; bytes: Buffer }> {
      const row = actor ? await findVisible(db, actor, id) : await repo.find(db, id);
      if (!row || (!actor && row.status !== 'published')) throw notFound('资讯');
      if (!(await repo.attachments(db, [id])).some((a) => a.file_id === fileId)) throw notFound('附件');
      return files.read(fileId);
    },

    /** The filtered list (every page) as an Excel workbook. */
    async exportXlsx(actor: Actor, q: ArticleListQuery): Promise<Buffer> {
      const page = await this.list(actor, { ...q, page: 1, pageSize: EXPORT_MAX });
      return writeSheet({ name: '资讯', columns: ARTICLE_EXPORT_COLUMNS, rows: page.items });
    },
  };
}
export type ArticleQueries = ReturnType<typeof createArticleQueries>;
