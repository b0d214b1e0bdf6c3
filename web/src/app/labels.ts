/** How an audit action reads in a timeline; `color` tints its dot (e.g. red for a supervision notice). */
export interface ActionLabel {
  zh: string;
  en: string;
  color?: string;
}

const actions: Record<string, ActionLabel> = {
  create: { zh: '创建', en: 'Created' },
  update: { zh: '修改', en: 'Changed' },
  delete: { zh: '删除', en: 'Deleted' },
  import: { zh: '导入', en: 'Imported' },
  changePassword: { zh: '修改密码', en: 'Password changed' },
  resetPassword: { zh: '重置密码', en: 'Password reset' },
  unlock: { zh: '解锁', en: 'Unlocked' },
};

/** Adds a module's audit actions (modules.ts does this for every module's `actions`). */
export function registerActions(map: Record<string, ActionLabel>): void {
  Object.assign(actions, map);
}

/** The label of an audit action, when some module has named it. */
export function actionLabel(action: string): ActionLabel | undefined {
  return actions[action];
}
