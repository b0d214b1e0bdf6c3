import { PublishAccess } from '../../../common/publish';
import { hasAnyRole } from '../../../common/roles';
import { type Actor, type DataScope, inScope, requireRole, scopeOf } from '../../platform/access';

/** The articles and figures an actor may list beyond the published ones; their repositories turn it into SQL. */
export type PublishScope = DataScope;

/** The scope of the actor's article and figure lists. */
export function publishScope(actor: Actor): PublishScope {
  return scopeOf(actor);
}

/** What access needs of an article. */
export interface ArticleAccessFacts {
  status: string;
  regionCode: string;
  authorOrgId: string;
  createdBy: string | null;
}

/** True when the article is in the actor's own list: their region, their unit, or their own writing. */
export function isInArticleScope(actor: Actor, a: ArticleAccessFacts): boolean {
  return inScope(scopeOf(actor), { regionCode: a.regionCode, orgId: a.authorOrgId, ownerId: a.createdBy });
}

/** True when the actor may read the article: a published one anyone may, the rest only in scope. */
export function canSeeArticle(actor: Actor, a: ArticleAccessFacts): boolean {
  return a.status === 'published' || isInArticleScope(actor, a);
}

/** True when the actor reviews articles for the joint office (publishes, rejects, changes published ones). */
export function isReviewer(actor: Actor): boolean {
  return hasAnyRole(actor.roles, PublishAccess.review);
}

/** Throws 403 unless the actor reviews articles. */
export function requireReviewer(actor: Actor): void {
  requireRole(actor, PublishAccess.review);
}

/** True when the actor may read or keep the top-ten list of the region: the city any, a district office its own. */
export function canReachTopTenRegion(actor: Actor, regionCode: string): boolean {
  const scope = scopeOf(actor);
  return scope.kind === 'all' || (scope.kind === 'region' && regionCode.startsWith(scope.prefix));
}
