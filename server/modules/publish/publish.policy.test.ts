import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_SCOPES, type Role } from '../../../common/roles';
import type { Actor } from '../../platform/access';
import { canReachTopTenRegion, canSeeArticle, isInArticleScope, isReviewer, requireReviewer } from './publish.policy';

const actor = (role: Role, regionCode: string, orgId = 'org-self'): Actor => ({
  userId: `u-${role}`, username: role, displayName: role, orgId, orgName: '本单位', regionCode, roles: [role], scope: DEFAULT_ROLE_SCOPES[role],
});
const article = (over: Partial<{ status: string; regionCode: string; authorOrgId: string; createdBy: string | null }> = {}) => ({
  status: 'draft', regionCode: '440304', authorOrgId: 'unit-1', createdBy: 'someone', ...over,
});

describe('publish policy', () => {
  it('a draft is seen in its district and by its unit, not the next district; a published article by anyone', () => {
    expect(canSeeArticle(actor('district', '440304'), article())).toBe(true);
    expect(canSeeArticle(actor('district', '440305'), article())).toBe(false);
    expect(canSeeArticle(actor('liaison', '440304', 'unit-1'), article())).toBe(true);
    expect(canSeeArticle(actor('liaison', '440304', 'unit-2'), article())).toBe(false);
    expect(canSeeArticle(actor('district', '440305'), article({ status: 'published' }))).toBe(true);
    expect(isInArticleScope(actor('district', '440305'), article({ status: 'published' }))).toBe(false);
  });

  it('only the joint office reviews', () => {
    expect(isReviewer(actor('office', '440300'))).toBe(true);
    expect(isReviewer(actor('district', '440304'))).toBe(false);
    expect(() => requireReviewer(actor('liaison', '440304'))).toThrow('没有权限');
    expect(() => requireReviewer(actor('admin', '440300'))).not.toThrow();
  });

  it('a district office keeps the top ten of its own district only; a unit keeps none', () => {
    expect(canReachTopTenRegion(actor('district', '440304'), '440304')).toBe(true);
    expect(canReachTopTenRegion(actor('district', '440304'), '440305')).toBe(false);
    expect(canReachTopTenRegion(actor('liaison', '440304'), '440304')).toBe(false);
    expect(canReachTopTenRegion(actor('admin', '440300'), '110101')).toBe(true);
  });
});
