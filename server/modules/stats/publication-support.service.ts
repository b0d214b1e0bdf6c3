import { type IndicatorId, indicatorInfo } from '../../../common/indicators';
import type { OpenIndicator, Publication } from '../../../common/stats-records';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canSpeakForRegion } from './stats.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { fieldError } from '../../platform/errors';
import type { ComputeService } from './compute.service';
import type { DashboardService } from './dashboard.service';
import { basisOf } from './value.repository';
import type { PublicationRepository, PublicationRow, PublishedValueRow } from './publication.repository';

/** What the publication service needs. */
export interface PublicationDeps {
  db: Db;
  repo: PublicationRepository;
  dashboards: DashboardService;
  compute: ComputeService;
  audit: AuditWriter;
  clock: Clock;
}

/** The values of a region frozen by a publication, read before its transaction opens. */
export type Snapshot = { code: string; narrative: string; values: Omit<PublishedValueRow, 'published_at'>[] };

/** Mapping and the reach check the publication queries and commands share. */
export function createPublicationSupport(deps: PublicationDeps) {
  const { dashboards, compute } = deps;
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

  return { checkReach, mapPublication, mapOpen, snapshot };
}
