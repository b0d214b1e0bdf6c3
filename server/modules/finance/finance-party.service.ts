import type { FinanceParty, FinancePartyQuery } from '../../../common/finance';
import type { Page } from '../../../common/pagination';
import type { Actor } from '../../platform/access';
import { forbidden } from '../../platform/errors';
import type { OrgServices } from '../org/org.contract';
import { mayLookUpParties, partyLookupRegion } from './finance.policy';

/**
 * The organisations a finance form names: a bank officer records a loan for an enterprise its own
 * organisation picker cannot show, an enterprise names its pledgee bank and appraiser. The answer keeps
 * to the fields a choice needs (name, credit code, region), paged, within the caller's city.
 */
export function createFinancePartyService(deps: { org: OrgServices }) {
  return {
    /** A page of enterprises, banks or appraisers matching the name or credit code. */
    async search(actor: Actor, q: FinancePartyQuery): Promise<Page<FinanceParty>> {
      if (!mayLookUpParties(actor, q.kind)) throw forbidden('没有权限查找该类机构');
      const regionCode = partyLookupRegion(actor) ?? undefined;
      // The lookup is the finance module's own rule (above), so the list is read unscoped and limited here.
      const page = await deps.org.orgs.list({ ...actor, scope: 'all' }, { q: q.q, kind: [q.kind], regionCode, page: q.page, pageSize: q.pageSize, sort: 'name', order: q.order });
      return { ...page, items: page.items.map((o) => ({ id: o.id, name: o.name, creditCode: o.creditCode, regionName: o.regionName })) };
    },
  };
}
export type FinancePartyService = ReturnType<typeof createFinancePartyService>;
