import { NATION_CODE } from '../../../../../common/stats';
import type { RegionLookup } from '../../../org/org.contract';
import { scopeCoversRegion, type StatsScope } from '../../stats.policy';
import { AppError } from '../../../../platform/errors';
import type { ParseContext } from './kinds';
import { Invalid, type Parsed } from './parse';

/** Which regions an importer may write, as plain data (a worker thread checks rows with it too). */
export interface ImportReach {
  /** Baselines and published figures rather than records: the national row 000000 is allowed. */
  referenceData: boolean;
  /** May write reference data of any region (the city office maintains other cities' baselines for ranks). */
  anyRegion: boolean;
  /** The importer's data scope (records are written only inside its region subtree). */
  scope: StatsScope;
}

/** The region parser of an import: codes or names, within the importer's reach; answers are cached per cell text. */
export function createParseContext(lookup: RegionLookup, reach: ImportReach): ParseContext {
  const cache = new Map<string, Parsed>();
  const resolve = (raw: string): Parsed => {
    const t = raw.trim();
    if (t === NATION_CODE || t === '全国') {
      if (!reach.referenceData) return new Invalid('记录应填写所在行政区划，不能填全国');
      return reach.anyRegion ? NATION_CODE : new Invalid('全国数据超出您的管辖范围');
    }
    try {
      const code = lookup.resolve(t);
      const { scope } = reach;
      const outside = !reach.anyRegion && !scopeCoversRegion(scope, code);
      return outside ? new Invalid(`${lookup.fullName(code)}超出您的管辖范围`) : code;
    } catch (err) {
      return new Invalid(err instanceof AppError ? (err.fields?.[0]?.message ?? err.message) : '无效');
    }
  };
  return {
    region(raw) {
      let hit = cache.get(raw);
      if (hit === undefined) cache.set(raw, (hit = resolve(raw)));
      return hit;
    },
  };
}
