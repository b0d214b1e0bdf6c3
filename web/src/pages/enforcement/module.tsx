import type { WebModule } from '../../app/module-types';
import { enforcementMenuIcon, enforcementMenuRoles, enforcementMoreActions, enforcementMoreEntities, enforcementMoreMenu, enforcementMoreMessagesAll, enforcementMoreRoutes, enforcementMoreValueLabels } from './more-routes';

// The enforcement pages. Compliance, cooperation and statistics come from more-routes.tsx; the
// case, transfer, clue and customs pages join this file's lists beside them.

/** IP enforcement: administrative cases, transfers, clues, customs, compliance, cooperation, statistics. */
export const enforcementModule: WebModule = {
  key: 'enforcement',
  order: 55,
  menu: [
    {
      key: 'enforcement',
      label: 'menu.enforcement',
      icon: enforcementMenuIcon,
      roles: enforcementMenuRoles,
      children: [...enforcementMoreMenu],
    },
  ],
  routes: [...enforcementMoreRoutes],
  messages: enforcementMoreMessagesAll,
  actions: { ...enforcementMoreActions },
  valueLabels: { ...enforcementMoreValueLabels },
  entities: { ...enforcementMoreEntities },
};
