import { conferenceModule } from '../pages/conference/module';
import { enforcementModule } from '../pages/enforcement/module';
import { financeModule } from '../pages/finance/module';
import { utilisationModule } from '../pages/utilisation/module';
import { centreModule } from '../pages/centre/module';
import { homeMessages } from '../pages/home/messages';
import { adminModule, orgModule } from '../pages/org/module';
import { protectionModule } from '../pages/protection/module';
import { publishModule } from '../pages/publish/module';
import { servicesModule } from '../pages/services/module';
import { statsModule } from '../pages/stats/module';
import { tasksModule } from '../pages/tasks/module';
import { registerMessages } from './i18n';
import { registerActions, registerEntities, registerValueLabels } from './labels';
import type { WebModule } from './module-types';
import { coreMessages } from './messages';

/** Every module of the web app; each brings its own menu, pages and messages. */
export const MODULES: WebModule[] = [orgModule, conferenceModule, tasksModule, protectionModule, enforcementModule, statsModule, financeModule, centreModule, utilisationModule, servicesModule, publishModule, adminModule];

/** Entity labels and record paths from every module (the home page's activity list uses them). */
export const ENTITIES = Object.assign({}, ...MODULES.map((m) => m.entities ?? {})) as NonNullable<WebModule['entities']>;

registerMessages(coreMessages);
registerMessages(homeMessages);
for (const m of MODULES) {
  if (m.messages) registerMessages(m.messages);
  if (m.actions) registerActions(m.actions, Object.keys(m.entities ?? {}), !m.scopedActions);
  if (m.valueLabels) registerValueLabels(m.valueLabels);
  if (m.entities) registerEntities(m.entities);
}
