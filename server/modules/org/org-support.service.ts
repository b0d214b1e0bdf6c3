import type { AuditEvent } from '../../../common/audit';
import type { Org } from '../../../common/org';
import type { Db } from '../../db/database';
import type { Actor } from '../../platform/access';
import { canSeeOrg } from './org.policy';
import type { AuditWriter } from '../../platform/audit/audit.service';
import type { Clock } from '../../platform/clock';
import { notFound } from '../../platform/errors';
import type { TableVersions } from '../../platform/cache/table-version.repository';
import type { JobService } from '../../platform/jobs/job.service';
import type { OrgRepository, OrgRow } from './org.repository';
import type { RegionService } from './region.service';

export interface OrgServiceDeps {
  db: Db;
  history: (entityType: string, entityId: string) => Promise<AuditEvent[]>;
  repo: OrgRepository;
  regions: RegionService;
  audit: AuditWriter;
  clock: Clock;
  jobs: JobService;
  versions: TableVersions;
}

/** What the queries and commands of organisations share: mappers and the checks that find a record the caller may see. */
export function createOrgSupport(deps: OrgServiceDeps) {
  const { repo, regions } = deps;

  function mapOrg(r: OrgRow): Org {
    return {
      id: r.id,
      name: r.name,
      shortName: r.short_name,
      kind: r.kind as Org['kind'],
      regionCode: r.region_code,
      regionName: regions.fullName(r.region_code),
      parentId: r.parent_id,
      parentName: r.parent_name,
      creditCode: r.credit_code,
      address: r.address,
      phone: r.phone,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  }

  function visible(actor: Actor, r: OrgRow | undefined): r is OrgRow {
    return !!r && canSeeOrg(actor, { id: r.id, regionCode: r.region_code });
  }

  async function findVisible(trx: Db, actor: Actor, id: string): Promise<OrgRow> {
    const row = await repo.find(trx, id);
    if (!visible(actor, row)) throw notFound('机构');
    return row;
  }

  return { mapOrg, visible, findVisible };
}
export type OrgSupport = ReturnType<typeof createOrgSupport>;
