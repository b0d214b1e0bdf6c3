import { indicatorInfo } from '../../../common/indicators';
import { csvField } from '../../platform/excel-cells';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { OpenIndicator, OpenIndicatorQuery, OpenPublication, Publication, PublicationListQuery } from '../../../common/stats-records';
import type { Actor } from '../../platform/access';
import { defaultListPrefix } from './stats.policy';
import { type PublicationDeps, createPublicationSupport } from './publication-support.service';

/** Reading publications: the list, and the published figures as open data (JSON and CSV). */
export function createPublicationQueries(deps: PublicationDeps) {
  const { db, repo, compute } = deps;
  const name = (code: string) => compute.tree().get(code)?.fullName ?? code;
  const { mapPublication, mapOpen } = createPublicationSupport(deps);

  const queries = {
    async list(actor: Actor, q: PublicationListQuery): Promise<Page<Publication>> {
      const prefix = q.regionCode ? regionPrefix(q.regionCode) : defaultListPrefix(actor);
      const { rows, total } = await repo.list(db, { ...q, regionPrefix: prefix });
      return { items: rows.map(mapPublication), total, page: q.page, pageSize: q.pageSize };
    },

    /** Published regions and years (public). */
    async openPublications(): Promise<OpenPublication[]> {
      return (await repo.published(db)).map((r) => ({ regionCode: r.region_code, regionName: name(r.region_code), year: r.year, publishedAt: r.published_at.toISOString(), narrative: r.narrative }));
    },

    /** Published values (public). */
    async openIndicators(q: OpenIndicatorQuery): Promise<OpenIndicator[]> {
      const childOf = q.parent ? (compute.tree().children.get(q.parent) ?? []) : undefined;
      return (await repo.values(db, { regionCode: q.region, childOf, year: q.year, indicator: q.indicator })).map(mapOpen);
    },

    /** The same as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese correctly). */
    async openIndicatorsCsv(q: OpenIndicatorQuery): Promise<string> {
      const rows = await queries.openIndicators(q);
      const header = ['region_code', 'region_name', 'year', 'indicator_id', 'name', 'value', 'unit', 'rank', 'rank_of', 'peer', 'streak', 'national_average', 'yoy', 'basis', 'definition_version', 'published_at'];
      // Values at the indicator's precision (a count whole, a ratio to two places), the change to a
      // tenth of a percent: the figures as published, not the floating-point noise behind them.
      const lines = rows.map((r) => {
        const decimals = indicatorInfo(r.indicatorId).decimals;
        const fields = [r.regionCode, r.regionName, r.year, r.indicatorId, r.name, roundTo(r.value, decimals), r.unit, r.rank, r.rankOf, r.peerLabel, r.streak, roundTo(r.nationalAverage, decimals), roundTo(r.yoy, 3), r.basis, r.definitionVersion, r.publishedAt];
        return fields.map(csvField).join(',');
      });
      return '\ufeff' + [header.join(','), ...lines].join('\r\n') + '\r\n';
    },
  };
  return queries;
}

/** A number rounded to `decimals` places (null stays null). */
function roundTo(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}
