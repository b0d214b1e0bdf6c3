import type { ColumnType, Generated } from 'kysely';

type Instant = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RegionTable {
  code: string;
  name: string;
  full_name: string;
  level: 'province' | 'city' | 'county';
  parent_code: string | null;
  pinyin: string;
  initials: string;
}

export interface OrgTable {
  id: Generated<string>;
  name: string;
  /** Sort key: the name in toneless pinyin, so lists sort as Chinese readers expect on every engine. */
  name_pinyin: string;
  short_name: string | null;
  kind: string;
  region_code: string;
  parent_id: string | null;
  credit_code: string | null;
  address: string | null;
  phone: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface PersonTable {
  id: Generated<string>;
  name: string;
  name_pinyin: string;
  title: string | null;
  org_id: string;
  phone: string | null;
  email: string | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface RoleTable {
  code: string;
  name: string;
  data_scope: string;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  org_id: string;
  password_hash: string;
  status: string;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Instant | null;
  last_login_at: Instant | null;
  created_at: Generated<Date>;
  updated_at: Instant;
}

export interface UserRoleTable {
  user_id: string;
  role_code: string;
}

export interface SessionTable {
  /** sha-256 of the cookie token; the token itself is never stored. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Instant;
  last_seen_at: Instant;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginEventTable {
  id: Generated<number>;
  at: Generated<Date>;
  username: string;
  user_id: string | null;
  ip: string | null;
  user_agent: string | null;
  success: boolean;
  reason: string | null;
}

export interface OrgTables {
  region: RegionTable;
  org: OrgTable;
  person: PersonTable;
  role: RoleTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  session: SessionTable;
  login_event: LoginEventTable;
}
