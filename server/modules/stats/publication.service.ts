import { type IndicatorId, indicatorInfo } from '../../../common/indicators';
import type { Page } from '../../../common/pagination';
import { regionPrefix } from '../../../common/region';
import type { OpenIndicator, OpenIndicatorQuery, OpenPublication, Publication, PublicationListQuery, Publish } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canSpeakForRegion, defaultListPrefix } from './stats.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError, notFound } from '../../platform/errors';
import { csvField } from '../../platform/excel-cells';
import type { ComputeService } from './compute.service';
import type { DashboardService } from './dashboard.service';
import { basisOf } from './value.repository';
import type { PublicationRepository, PublicationRow, PublishedValueRow } from './publication.repository';
import { inTransaction } from '../../db/unit-of-work';

/**
 * Publishing is an explicit office action: it freezes the values of a region and year (and, if
 * asked, of its sub-regions) into the published tables, which are all the public API reads.
 */
export function createPublicationService(deps: { db: Db; repo: PublicationRepository; dashboards: DashboardService; compute: ComputeService; audit: AuditWriter; clock: Clock }) {
  const { db, repo, dashboards, compute, audit, clock } = deps;
  const name = (code: string) => compute.tree().get(code)?.fullName ?? code;

  function checkReach(actor: Actor, code: string): void {
    if (!canSpeakForRegion(actor, code)) throw fieldError('regionCode', '只能发布本辖区的统计数据');
  }

  const mapPublication = (r: PublicationRow): Publication => ({
    regionCode: r.region_code,
    regionName: name(r.region_code),
    year: r.year,
    publishedAt: r.published_at.toISOString(),
    publishedByName: r.published_by_name,
    indicatorCount: r.indicator_count,
    narrative: r.narrative,
  });

  function mapOpen(r: PublishedValueRow): OpenIndicator {
    const info = indicatorInfo(r.indicator_id as IndicatorId);
    const isRatio = info.kind === 'ratio';
    return {
      regionCode: r.region_code,
      regionName: name(r.region_code),
      year: r.year,
      indicatorId: r.indicator_id as IndicatorId,
      name: info.name,
      unit: info.unit,
      value: r.value,
      rank: r.rank,
      rankOf: r.rank_of,
      peerLabel: r.peer_label,
      streak: r.streak,
      nationalAverage: isRatio ? r.national_value : null,
      yoy: r.value !== null && r.previous ? (r.value - r.previous) / r.previous : null,
      basis: basisOf(r.basis),
      formula: info.formula,
      definitionSource: info.source,
      definitionVersion: r.definition_version,
      publishedAt: r.published_at.toISOString(),
    };
  }

  type Snapshot = { code: string; narrative: string; values: Omit<PublishedValueRow, 'published_at'>[] };

  /** The values to freeze, read before the transaction opens (the embedded database has one connection). */
  async function snapshot(code: string, year: number): Promise<Snapshot | null> {
    const d = await dashboards.dashboard(code, year);
    if (d.year !== year || d.cards.every((c) => c.value === null)) return null;
    return {
      code,
      narrative: d.narrative,
      values: d.cards
        .filter((c) => c.value !== null)
        .map((c) => ({
          region_code: code,
          year,
          indicator_id: c.id,
          value: c.value,
          previous: c.previous,
          rank: c.rank,
          rank_of: c.rankOf,
          peer_label: c.peerLabel,
          streak: c.streak,
          national_value: c.nationalValue,
          basis: c.basis,
          definition_version: c.definition.version,
        })),
    };
  }

  const service = {
    async list(actor: Actor, q: PublicationListQuery): Promise<Page<Publication>> {
      const prefix = q.regionCode ? regionPrefix(q.regionCode) : defaultListPrefix(actor);
      const { rows, total } = await repo.list(db, { ...q, regionPrefix: prefix });
      return { items: rows.map(mapPublication), total, page: q.page, pageSize: q.pageSize };
    },

    /** Publishes (or republishes) a region's indicators of a year; answers the publications made. */
    async publish(actor: Actor, input: Publish): Promise<Publication[]> {
      checkReach(actor, input.regionCode);
      dashboards.regionInfo(input.regionCode);
      const codes = [input.regionCode, ...(input.includeChildren ? (compute.tree().children.get(input.regionCode) ?? []) : [])];
      const snapshots: Snapshot[] = [];
      for (const code of codes) {
        const s = await snapshot(code, input.year);
        if (s) snapshots.push(s);
      }
      if (snapshots[0]?.code !== input.regionCode) throw fieldError('year', `${name(input.regionCode)}${input.year}年没有可发布的指标数据`);
      return inTransaction(db, async (trx) => {
        const at = clock.now();
        for (const s of snapshots) {
          await repo.save(trx, { region_code: s.code, year: input.year, narrative: s.narrative, published_at: at, published_by: actor.userId, published_by_name: actor.displayName }, s.values);
        }
        const out: Publication[] = [];
        for (const s of snapshots) out.push(mapPublication((await repo.find(trx, s.code, input.year))!));
        await audit.recordMany(
          trx,
          actor,
          out.map((p) => ({ action: 'publish', entityType: 'statsPublication', entityId: `${p.regionCode}/${p.year}`, after: { indicatorCount: p.indicatorCount, narrative: p.narrative } })),
        );
        return out;
      });
    },

    /** Takes a publication back: the public no longer sees it. */
    async withdraw(actor: Actor, regionCode: string, year: number): Promise<void> {
      checkReach(actor, regionCode);
      await inTransaction(db, async (trx) => {
        const before = await repo.find(trx, regionCode, year);
        if (!before) throw notFound('发布记录');
        await repo.delete(trx, regionCode, year);
        await audit.record(trx, actor, { action: 'withdraw', entityType: 'statsPublication', entityId: `${regionCode}/${year}`, before: mapPublication(before) });
      });
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
      const rows = await service.openIndicators(q);
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
  return service;
}
export type PublicationService = ReturnType<typeof createPublicationService>;

/** A number rounded to `decimals` places (null stays null). */
function roundTo(value: number | null, decimals: number): number | null {
  return value === null ? null : Number(value.toFixed(decimals));
}
