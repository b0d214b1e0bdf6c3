import { type Patent, TrademarkListQuerySchema } from '../../../../common/stats-records';
import { FIELDS } from '../../../../common/utilisation';
import type { PartyKind, TransferCreate } from '../../../../common/utilisation-transfers';
import type { DemoContext } from '../../../demo/demo-context';
import { chinaDate } from '../../../platform/clock';
import type { PlatformContext } from '../../../platform/context';
import type { Services } from '../../index';
import type { DemoHolder } from './utilisation-parties';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const KIND: Record<string, PartyKind> = { enterprise: 'enterprise', university: 'university', institute: 'institute', individual: 'individual', foreign: 'other' };

/**
 * 300 assignments and licences of Shenzhen's patents and trademarks over the last three years: a fifth
 * from the universities to enterprises, the rest between enterprises (and some individuals), across districts.
 */
export async function seedTransferDemo(p: PlatformContext, s: Services, demo: DemoContext, ctx: { universities: DemoHolder[]; enterprises: DemoHolder[]; patents: Patent[] }): Promise<void> {
  const office = demo.officeActor;
  const today = chinaDate(p.clock.now());
  const patents = ctx.patents;
  const marks = (await s.stats.records.trademarks(office, TrademarkListQuerySchema.parse({ status: 'registered', regionCode: '440300', pageSize: 100, sort: 'registrationDate', order: 'asc' }))).items;
  const { universities, enterprises } = ctx;
  let made = 0;
  for (let i = 0; made < 300 && i < 600; i += 1) {
    const patent = i % 6 === 5 ? undefined : patents[i];
    const mark = patent ? undefined : marks[i % Math.max(1, marks.length)];
    if (!patent && !mark) continue;
    const fromUniversity = patent && i % 5 === 0;
    const u = universities[i % universities.length];
    if (fromUniversity) await s.stats.records.facts.setHolder('patent', patent.applicationNo, u.name);
    const to = enterprises[(i * 7) % enterprises.length];
    const dealKind = i % 3 === 0 ? 'licence' : 'assignment';
    const effectiveOn = addDays(today, -10 - ((i * 3.61) % 1085 | 0));
    if (patent?.grantDate && patent.grantDate > effectiveOn) continue;
    const from = fromUniversity
      ? { name: u.name, orgId: u.id, kind: 'university' as const, regionCode: u.region }
      : { name: patent ? patent.holderName : mark!.holderName, orgId: null, kind: KIND[(patent ?? mark)!.holderKind] ?? 'other', regionCode: (patent ?? mark)!.regionCode };
    const input: TransferCreate = {
      dealKind,
      licenceKind: dealKind === 'licence' ? (['ordinary', 'ordinary', 'exclusive', 'sole'] as const)[i % 4] : null,
      rightKind: patent ? 'patent' : 'trademark',
      rightNo: patent ? patent.applicationNo : mark!.registrationNo,
      industry: (i % 4 === 0 ? 'newEnergyVehicle' : i % 4 === 1 ? 'newMaterials' : FIELDS[i % FIELDS.length]),
      from,
      to: { name: to.name, orgId: to.id, kind: 'enterprise', regionCode: to.region },
      amountFen: (5 + ((i * 37) % 400)) * 1_000_000 + (i % 7) * 123_400,
      contractNo: `SZ-ZR-${effectiveOn.slice(0, 4)}-${String(i + 1).padStart(4, '0')}`,
      effectiveOn,
      licenceTo: dealKind === 'licence' ? addDays(effectiveOn, 365 * (1 + (i % 5))) : null,
    };
    if (input.from.name === input.to.name) continue;
    try {
      await s.utilisation.transfers.create(office, input);
      made += 1;
    } catch (err) {
      p.logger.warn({ err, right: input.rightNo }, 'utilisation demo: a transfer was not recorded');
    }
  }
}
