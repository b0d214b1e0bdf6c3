import { randomBytes } from 'node:crypto';
import { creditCodeCheckChar } from '../../common/credit-code';
import type { Org, OrgCreate, Person, PersonCreate } from '../../common/org';
import type { DataScopeKind, Role } from '../../common/roles';
import type { User } from '../../common/user';
import type { Services } from '../modules/index';
import type { Actor } from '../platform/access';

export const TEST_PASSWORD = 'test-Passw0rd!';

/** A trusted actor that sees everything (factories create through the services with it). */
export const rootActor: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  username: 'root',
  displayName: 'test root',
  orgId: '00000000-0000-4000-8000-000000000002',
  orgName: 'test',
  regionCode: '440300',
  roles: ['admin'],
  scope: 'all',
};

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A random valid credit code registered in `region`. */
export function randomCreditCode(region = '440300'): string {
  const body = Array.from(randomBytes(9), (b) => ALPHABET[b % 31]).join('');
  const first17 = `91${region}${body}`;
  return first17 + creditCodeCheckChar(first17)!;
}

const unique = () => randomBytes(4).toString('hex');

/** An organisation; missing fields get plausible values. */
export async function buildOrg(s: Services, overrides: Partial<OrgCreate> = {}): Promise<Org> {
  const regionCode = overrides.regionCode ?? '440310';
  return s.org.orgs.create(rootActor, {
    name: `测试机构${unique()}`,
    shortName: null,
    kind: 'enterprise',
    regionCode,
    parentId: null,
    creditCode: randomCreditCode(regionCode),
    address: null,
    phone: null,
    ...overrides,
  });
}

export async function buildPerson(s: Services, overrides: Partial<PersonCreate> = {}): Promise<Person> {
  const orgId = overrides.orgId ?? (await buildOrg(s)).id;
  return s.org.people.create(rootActor, { name: `测试${unique()}`, title: '联络员', phone: null, email: null, ...overrides, orgId });
}

/** A user with one role in an organisation (created when not given); signs in with TEST_PASSWORD. */
export async function buildUser(s: Services, overrides: { role?: Role; orgId?: string; regionCode?: string; username?: string } = {}): Promise<User> {
  const orgId = overrides.orgId ?? (await buildOrg(s, { regionCode: overrides.regionCode ?? '440300', kind: 'ipOffice' })).id;
  return s.org.users.create(null, {
    username: overrides.username ?? `u${unique()}`,
    displayName: '测试用户',
    orgId,
    roles: [overrides.role ?? 'office'],
    password: TEST_PASSWORD,
  });
}

const SCOPES: Record<Role, DataScopeKind> = { admin: 'all', office: 'region', district: 'region', liaison: 'org', mediator: 'own', court: 'org', bank: 'org', enterprise: 'org', officer: 'org', volunteer: 'own', examiner: 'org' };

/** The actor a user would be when signed in (for service tests that skip HTTP). */
export async function actorFor(s: Services, user: User): Promise<Actor> {
  const [org] = await s.org.orgs.lookup(null, [user.orgId]);
  const role = user.roles[0];
  return { userId: user.id, username: user.username, displayName: user.displayName, orgId: user.orgId, orgName: org.name, regionCode: org.regionCode, roles: user.roles, scope: SCOPES[role] };
}
