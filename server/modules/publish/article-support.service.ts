import type { AuditEvent } from '../../../common/audit';
import type { Article, ArticleAttachment, ArticleListItem, ArticleStatus, EventKind } from '../../../common/publish';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { type ArticleAccessFacts, isInArticleScope } from './publish.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import type { FileService } from '../../platform/files/file.service';
import type { SearchIndexer } from '../../platform/search/search.service';
import { regionDisplayName } from '../../platform/text/index';
import type { OrgServices } from '../org/org.contract';
import type { ArticleListRow, ArticleRepository, ArticleRow } from './article.repository';

/** What an article may carry as attachments. */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpg', 'jpeg', 'png', 'txt', 'ofd'];

export interface ArticleServiceDeps {
  db: Db;
  repo: ArticleRepository;
  org: OrgServices;
  audit: AuditWriter;
  clock: Clock;
  files: FileService;
  search: SearchIndexer;
  history: (entityType: string, entityId: string) => Promise<AuditEvent[]>;
}

/** Extra values an article written by the ingest use case carries. */
export interface ArticleExtras {
  id?: string;
  originalText?: string | null;
  facts?: unknown;
  meetingId?: string | null;
  status?: ArticleStatus;
}

/** What the queries and commands of articles share: mappers and the checks that find a record the caller may see. */
export function createArticleSupport(deps: ArticleServiceDeps) {
  const { repo } = deps;

  function mapListItem(r: ArticleListRow): ArticleListItem {
    return {
      id: r.id,
      title: r.title,
      summary: r.summary,
      source: r.source,
      sourceUrl: r.source_url,
      eventKind: r.event_kind as EventKind,
      eventDate: r.event_date,
      sourceDate: r.source_date,
      eventRegionCode: r.event_region_code,
      eventRegionName: r.event_region_code ? regionDisplayName(r.event_region_code) : null,
      status: r.status as ArticleStatus,
      reviewNote: r.review_note,
      authorOrgId: r.author_org_id,
      authorOrgName: r.author_org_name,
      regionCode: r.region_code,
      meetingId: r.meeting_id,
      attachments: [],
      publishedAt: r.published_at ? r.published_at.toISOString() : null,
      newsDate: r.news_date,
      createdBy: r.created_by,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  async function attachmentsOf(trx: Db, ids: string[]): Promise<Map<string, ArticleAttachment[]>> {
    const out = new Map<string, ArticleAttachment[]>();
    for (const a of await repo.attachments(trx, ids)) out.set(a.article_id, [...(out.get(a.article_id) ?? []), { id: a.file_id, name: a.name, size: Number(a.size), mime: a.mime }]);
    return out;
  }

  async function mapArticle(trx: Db, r: ArticleRow): Promise<Article> {
    const attachments = (await attachmentsOf(trx, [r.id])).get(r.id) ?? [];
    return { ...mapListItem(r), body: r.body, originalText: r.original_text, attachments };
  }

  const factsOf = (r: ArticleRow): ArticleAccessFacts => ({ status: r.status, regionCode: r.region_code, authorOrgId: r.author_org_id, createdBy: r.created_by });

  const inActorScope = (actor: Actor, r: ArticleRow) => isInArticleScope(actor, factsOf(r));

  return { mapListItem, mapArticle, factsOf, inActorScope };
}
export type ArticleSupport = ReturnType<typeof createArticleSupport>;
