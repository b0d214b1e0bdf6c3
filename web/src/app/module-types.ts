import type { ComponentType, ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../../../common/roles';
import type { Messages } from './i18n';
import type { ActionLabel, ValueLabelTables } from './labels';

/** An entry of the sidebar; shown only to users holding one of `roles` (all signed-in users when left out). */
export interface MenuItem {
  key: string;
  /** i18n key of the label. */
  label: string;
  path?: string;
  icon?: ReactNode;
  roles?: readonly Role[];
  children?: MenuItem[];
}

/** What a module adds to the web app: its menu, its pages (signed in and public) and its messages. */
export interface WebModule {
  key: string;
  /** Position in the sidebar (lower first). */
  order: number;
  menu: MenuItem[];
  routes: RouteObject[];
  /** Pages for signed-out visitors, shown in the portal frame; paths are relative to /p (e.g. 'news/:id'). */
  publicRoutes?: RouteObject[];
  messages?: { zh: Messages; en: Messages };
  /** Labels of the audit actions this module writes, for timelines and the home page. */
  actions?: Record<string, ActionLabel>;
  /** True when `actions` name only this module's own records (批准 here is 批准移送), so other modules' events never borrow them. */
  scopedActions?: boolean;
  /** Labels of the values (state, flag, kind…) its audit snapshots record, per entity type and field, for timelines. */
  valueLabels?: ValueLabelTables;
  /** Cards this module adds to the home page (each decides for itself whether the user's roles need it). */
  homeWidgets?: ComponentType[];
  /** Labels of the entity types this module writes to the audit log, and where a record opens (home page activity). */
  entities?: Record<string, { zh: string; en: string; path?: (id: string) => string }>;
}
