import type { Kysely } from 'kysely';
import regions from '../data/regions.json';
import { runSql } from '../run-sql';

type RegionRow = [code: string, name: string, parent: string | null, pinyin: string, initials: string];

export async function up(db: Kysely<unknown>): Promise<void> {
  await runSql(
    db,
    `
    create table region (
      code text primary key check (code ~ '^[0-9]{6}$'),
      name text not null,
      full_name text not null,
      level text not null check (level in ('province', 'city', 'county')),
      parent_code text references region (code),
      pinyin text not null,
      initials text not null
    );
    create index region_parent_idx on region (parent_code);
    create index region_pinyin_idx on region (pinyin text_pattern_ops);
    create index region_initials_idx on region (initials text_pattern_ops);

    create table org (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 100),
      name_pinyin text collate "C" not null default '',
      short_name text,
      kind text not null,
      region_code text not null references region (code),
      parent_id uuid references org (id),
      credit_code text unique,
      address text,
      phone text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index org_region_idx on org (region_code text_pattern_ops, name_pinyin);
    create index org_name_pinyin_idx on org (name_pinyin);
    create index org_parent_idx on org (parent_id);
    create index org_name_trgm_idx on org using gin (name gin_trgm_ops);

    create table person (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      name_pinyin text collate "C" not null default '',
      title text,
      org_id uuid not null references org (id),
      phone text,
      email text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index person_org_idx on person (org_id);

    create table role (
      code text primary key,
      name text not null,
      data_scope text not null check (data_scope in ('all', 'region', 'org', 'own'))
    );

    create table app_user (
      id uuid primary key default gen_random_uuid(),
      username text not null unique,
      display_name text not null,
      org_id uuid not null references org (id),
      password_hash text not null,
      status text not null default 'active' check (status in ('active', 'disabled')),
      must_change_password boolean not null default false,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index app_user_org_idx on app_user (org_id);

    create table user_role (
      user_id uuid not null references app_user (id) on delete cascade,
      role_code text not null references role (code),
      primary key (user_id, role_code)
    );

    create table session (
      id text primary key,
      user_id uuid not null references app_user (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      last_seen_at timestamptz not null,
      ip text,
      user_agent text
    );
    create index session_user_idx on session (user_id);

    create table login_event (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      username text not null,
      user_id uuid,
      ip text,
      user_agent text,
      success boolean not null,
      reason text
    );
    create index login_event_at_idx on login_event (at desc);
    create index login_event_user_idx on login_event (username, at desc);
    `,
  );

  const rows = regions as RegionRow[];
  const names = new Map(rows.map((r) => [r[0], r[1]]));
  const parents = new Map(rows.map((r) => [r[0], r[2]]));
  const fullName = (code: string): string => {
    const parent = parents.get(code);
    return (parent ? fullName(parent) : '') + (names.get(code) ?? '');
  };
  const level = (code: string) => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');
  const values = rows.map(([code, name, parent, pinyin, initials]) => ({
    code,
    name,
    full_name: fullName(code),
    level: level(code),
    parent_code: parent,
    pinyin,
    initials,
  }));
  for (let i = 0; i < values.length; i += 500) {
    await db.insertInto('region' as never).values(values.slice(i, i + 500)).execute();
  }
  await db
    .insertInto('role' as never)
    // The roles as they were when the schema was made (frozen: common/roles.ts may change later, this may not).
    .values([
      { code: 'admin', name: '平台管理员', data_scope: 'all' },
      { code: 'office', name: '联席办工作人员', data_scope: 'region' },
      { code: 'liaison', name: '成员单位联络员', data_scope: 'org' },
      { code: 'district', name: '区知识产权局', data_scope: 'region' },
      { code: 'mediator', name: '调解员', data_scope: 'own' },
      { code: 'court', name: '法院联络员', data_scope: 'org' },
      { code: 'bank', name: '银行工作人员', data_scope: 'org' },
      { code: 'enterprise', name: '企业用户', data_scope: 'org' },
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runSql(db, `drop table login_event, session, user_role, app_user, role, person, org, region;`);
}
