/** How an audit action reads in a timeline; `color` tints its dot (e.g. red for a supervision notice). */
export interface ActionLabel {
  zh: string;
  en: string;
  color?: string;
}

/** A value's label in both languages (the `{ zh, en }` tables of `common/`). */
export interface ValueLabel {
  zh: string;
  en: string;
}

/** Per entity type (or `entityType:action`), per field, the labels of the values (state, flag, kind…) a snapshot records. */
export type ValueLabelTables = Record<string, Record<string, Readonly<Record<string, ValueLabel>>>>;

const actions: Record<string, ActionLabel> = {
  create: { zh: '创建', en: 'Created' },
  update: { zh: '修改', en: 'Changed' },
  delete: { zh: '删除', en: 'Deleted' },
  import: { zh: '导入', en: 'Imported' },
  changePassword: { zh: '修改密码', en: 'Password changed' },
  resetPassword: { zh: '重置密码', en: 'Password reset' },
  unlock: { zh: '解锁', en: 'Unlocked' },
};
// Two modules may use the same verb for different things (a meeting's `register` is 报名, a case's is 立案).
const scopedActions: Record<string, ActionLabel> = {};
const values: ValueLabelTables = {};

/**
 * Adds a module's audit actions (modules.ts does this for every module's `actions`), for the entity
 * types the module writes; an action no entity type claims falls back to the first module that named it
 * (unless `fallback` is false: a module whose verbs mean something only for its own records).
 */
export function registerActions(map: Record<string, ActionLabel>, entityTypes: readonly string[] = [], fallback = true): void {
  for (const [action, label] of Object.entries(map)) {
    for (const type of entityTypes) scopedActions[`${type}:${action}`] = label;
    if (fallback && !(action in actions)) actions[action] = label;
  }
}

/** The label of an audit action on an entity type, when some module has named it. */
export function actionLabel(action: string, entityType?: string): ActionLabel | undefined {
  return (entityType ? scopedActions[`${entityType}:${action}`] : undefined) ?? actions[action];
}

/** Adds a module's value labels (modules.ts does this for every module's `valueLabels`). */
export function registerValueLabels(tables: ValueLabelTables): void {
  for (const [type, fields] of Object.entries(tables)) values[type] = { ...values[type], ...fields };
}

/**
 * The label of a recorded value of a field, when its module has named it. Tables are keyed by entity
 * type, or by `entityType:action` where one action records another kind of thing (a meeting's
 * `register` event records a registration's status, not the meeting's).
 */
export function valueLabel(entityType: string, action: string, field: string, value: unknown): ValueLabel | undefined {
  if (typeof value !== 'string') return undefined;
  return values[`${entityType}:${action}`]?.[field]?.[value] ?? values[entityType]?.[field]?.[value];
}

/** An audit entity type: how it reads, and where its record opens (modules.ts registers every module's `entities`). */
export interface EntityLabel extends ValueLabel {
  path?: (id: string) => string;
}
const entities: Record<string, EntityLabel> = {};

/** Adds a module's entity types (modules.ts does this for every module's `entities`). */
export function registerEntities(map: Record<string, EntityLabel>): void {
  Object.assign(entities, map);
}

/** Every registered entity type with its label, for pages that a module renders itself (no import of the module list). */
export function entityLabels(): Readonly<Record<string, EntityLabel>> {
  return entities;
}
