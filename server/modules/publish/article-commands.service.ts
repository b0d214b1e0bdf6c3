import { type Article, ArticleLimits, type ArticleCreate, type ArticleStatus, type ArticleUpdate } from '../../../common/publish';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { isReviewer, requireReviewer } from './publish.policy';
import { chinaDate } from '../../platform/clock';
import { AppError, conflict, fieldError, notFound } from '../../platform/errors';
import type { ArticleRow, ArticleValues } from './article.repository';
import { inTransaction } from '../../db/unit-of-work';
import { ATTACHMENT_EXTENSIONS, type ArticleExtras, type ArticleServiceDeps, type ArticleSupport } from './article-support.service';

/** The date the news list shows: the original report's, else the event's, else the day it was published here. */
function newsDate(sourceDate: string | null, eventDate: string | null, publishedAt: Date): string {
  return sourceDate ?? eventDate ?? chinaDate(publishedAt);
}

/** Writes of articles: each change in one transaction with its audit event. */
export function createArticleCommands(deps: ArticleServiceDeps, support: ArticleSupport) {
  const { db, repo, org, audit, clock, files, search } = deps;
  const { mapArticle, inActorScope } = support;

  /** The article if the actor may change it: in their scope (a published one only for reviewers). */
  async function findWritable(trx: Db, actor: Actor, id: string): Promise<ArticleRow> {
    await repo.lock(trx, id);
    const r = await repo.find(trx, id);
    if (!r || !inActorScope(actor, r)) throw notFound('资讯');
    if (r.status === 'published' && !isReviewer(actor)) throw new AppError('FORBIDDEN', '已发布的资讯只能由联席办审核人员修改');
    return r;
  }

  function checkRegion(code: string | null | undefined): void {
    if (code && !org.regions.exists(code)) throw fieldError('eventRegionCode', `行政区划代码 ${code} 不存在`);
  }

  /** Keeps the search index in step: published articles are public and found by their event's region. */
  async function index(trx: Db, r: ArticleRow): Promise<void> {
    const published = r.status === 'published';
    await search.upsert(trx, {
      entityType: 'article',
      entityId: r.id,
      title: r.title,
      body: r.summary && !r.body.includes(r.summary.replace(/…$/, '')) ? `${r.summary}\n${r.body}` : r.body,
      regionCode: published ? (r.event_region_code ?? r.region_code) : r.region_code,
      orgIds: [r.author_org_id],
      kind: r.event_kind,
      date: r.news_date ?? r.event_date ?? chinaDate(r.created_at),
      visibility: published ? 'public' : 'internal',
      url: published ? `/p/news/${r.id}` : `/publish/articles/${r.id}`,
    });
  }

  async function transition(actor: Actor, id: string, action: string, from: readonly ArticleStatus[], to: ArticleStatus, note?: string | null): Promise<Article> {
    return inTransaction(db, async (trx) => {
      const row = await findWritable(trx, actor, id);
      if (!from.includes(row.status as ArticleStatus)) throw conflict(`当前状态为「${row.status}」，不能执行此操作`);
      const before = await mapArticle(trx, row);
      const now = clock.now();
      const values: Partial<ArticleValues> & { review_note?: string | null } = { status: to };
      if (to === 'published') Object.assign(values, { published_at: now, news_date: newsDate(row.source_date, row.event_date, now), review_note: null });
      if (to === 'draft') Object.assign(values, { published_at: null, news_date: null, review_note: note ?? null });
      if (to === 'review') values.review_note = null;
      await repo.update(trx, id, values, now);
      const after = (await repo.find(trx, id))!;
      await index(trx, after);
      const mapped = await mapArticle(trx, after);
      await audit.record(trx, actor, { action, entityType: 'article', entityId: id, before: { status: before.status }, after: { status: mapped.status, reviewNote: mapped.reviewNote } });
      return mapped;
    });
  }

  return {
    index,

    /** Writes a new article (a draft unless the ingest use case says otherwise) inside the caller's transaction. */
    async createIn(trx: Db, actor: Actor, input: ArticleCreate, extras: ArticleExtras = {}): Promise<Article> {
      checkRegion(input.eventRegionCode);
      const status = extras.status ?? 'draft';
      if (status === 'published') requireReviewer(actor);
      const now = clock.now();
      const values: ArticleValues = {
        title: input.title,
        summary: input.summary ?? null,
        body: input.body,
        original_text: extras.originalText ?? null,
        source: input.source ?? null,
        source_url: input.sourceUrl ?? null,
        event_kind: input.eventKind,
        event_date: input.eventDate ?? null,
        source_date: input.sourceDate ?? null,
        event_region_code: input.eventRegionCode ?? null,
        region_code: actor.regionCode,
        author_org_id: actor.orgId,
        status,
        meeting_id: extras.meetingId ?? null,
        facts: extras.facts === undefined ? null : JSON.stringify(extras.facts),
        published_at: status === 'published' ? now : null,
        news_date: status === 'published' ? newsDate(input.sourceDate ?? null, input.eventDate ?? null, now) : null,
      };
      const id = await repo.insert(trx, values, actor.userId, now, extras.id);
      const row = (await repo.find(trx, id))!;
      await index(trx, row);
      const article = await mapArticle(trx, row);
      const { body: _body, originalText: _original, ...summary } = article;
      await audit.record(trx, actor, { action: 'create', entityType: 'article', entityId: id, after: summary });
      return article;
    },

    async create(actor: Actor, input: ArticleCreate): Promise<Article> {
      return inTransaction(db, (trx) => this.createIn(trx, actor, input));
    },

    async update(actor: Actor, id: string, patch: ArticleUpdate): Promise<Article> {
      checkRegion(patch.eventRegionCode);
      return inTransaction(db, async (trx) => {
        const row = await findWritable(trx, actor, id);
        const values: Partial<ArticleValues> = {};
        if (patch.title !== undefined) values.title = patch.title;
        if (patch.summary !== undefined) values.summary = patch.summary;
        if (patch.body !== undefined) values.body = patch.body;
        if (patch.source !== undefined) values.source = patch.source;
        if (patch.sourceUrl !== undefined) values.source_url = patch.sourceUrl;
        if (patch.eventKind !== undefined) values.event_kind = patch.eventKind;
        if (patch.eventDate !== undefined) values.event_date = patch.eventDate;
        if (patch.sourceDate !== undefined) values.source_date = patch.sourceDate;
        if (row.status === 'published' && (patch.sourceDate !== undefined || patch.eventDate !== undefined)) {
          const source = patch.sourceDate !== undefined ? patch.sourceDate : row.source_date;
          const event = patch.eventDate !== undefined ? patch.eventDate : row.event_date;
          values.news_date = newsDate(source ?? null, event ?? null, row.published_at ?? clock.now());
        }
        if (patch.eventRegionCode !== undefined) values.event_region_code = patch.eventRegionCode;
        const before = await mapArticle(trx, row);
        await repo.update(trx, id, values, clock.now());
        const after = (await repo.find(trx, id))!;
        await index(trx, after);
        const mapped = await mapArticle(trx, after);
        const changed = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof Article]]));
        await audit.record(trx, actor, { action: 'update', entityType: 'article', entityId: id, before: changed, after: Object.fromEntries(Object.keys(patch).map((k) => [k, mapped[k as keyof Article]])) });
        return mapped;
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await inTransaction(db, async (trx) => {
        const row = await findWritable(trx, actor, id);
        if (row.status === 'published') throw conflict('已发布的资讯请先撤回再删除');
        await repo.delete(trx, id);
        await search.remove(trx, 'article', id);
        await audit.record(trx, actor, { action: 'delete', entityType: 'article', entityId: id, before: { title: row.title, status: row.status } });
      });
    },

    /** Draft → review. */
    async submit(actor: Actor, id: string): Promise<Article> {
      return transition(actor, id, 'submit', ['draft'], 'review');
    },

    /** Review (or a draft, when the office writes it) → published. */
    async publish(actor: Actor, id: string): Promise<Article> {
      requireReviewer(actor);
      return transition(actor, id, 'publish', ['draft', 'review'], 'published');
    },

    /** Review → draft, with the reason. */
    async reject(actor: Actor, id: string, note: string | null): Promise<Article> {
      requireReviewer(actor);
      if (!note) throw fieldError('note', '请填写退回原因');
      return transition(actor, id, 'reject', ['review'], 'draft', note);
    },

    /** Published → draft: taken off the public pages. */
    async unpublish(actor: Actor, id: string, note: string | null): Promise<Article> {
      requireReviewer(actor);
      return transition(actor, id, 'unpublish', ['published'], 'draft', note);
    },

    /** Attaches an uploaded file (checked against its extension) to an article the actor may change. */
    async attach(actor: Actor, id: string, file: { name: string; bytes: Buffer }): Promise<Article> {
      return inTransaction(db, async (trx) => {
        const row = await findWritable(trx, actor, id);
        if ((await repo.attachments(trx, [id])).length >= ArticleLimits.attachmentsMax) throw fieldError('file', `最多 ${ArticleLimits.attachmentsMax} 个附件`);
        const stored = await files.save(trx, actor, file, ATTACHMENT_EXTENSIONS);
        await repo.addAttachment(trx, id, stored.id);
        await audit.record(trx, actor, { action: 'attach', entityType: 'article', entityId: id, after: { file: stored.name, fileId: stored.id } });
        return mapArticle(trx, row);
      });
    },

    async detach(actor: Actor, id: string, fileId: string): Promise<Article> {
      return inTransaction(db, async (trx) => {
        const row = await findWritable(trx, actor, id);
        if (!(await repo.removeAttachment(trx, id, fileId))) throw notFound('附件');
        await audit.record(trx, actor, { action: 'detach', entityType: 'article', entityId: id, before: { fileId } });
        return mapArticle(trx, row);
      });
    },
  };
}
export type ArticleCommands = ReturnType<typeof createArticleCommands>;
