import { createArticleCommands } from './article-commands.service';
import { createArticleQueries } from './article-queries.service';
import { createArticleSupport, type ArticleServiceDeps } from './article-support.service';

export { ATTACHMENT_EXTENSIONS, type ArticleServiceDeps, type ArticleExtras } from './article-support.service';

/** Articles: drafts written by member units, reviewed and published by the office; public once published. */
export function createArticleService(deps: ArticleServiceDeps) {
  const support = createArticleSupport(deps);
  return { ...createArticleQueries(deps, support), ...createArticleCommands(deps, support) };
}
export type ArticleService = ReturnType<typeof createArticleService>;
