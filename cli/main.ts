import { Command } from 'commander';
import { registerApiCommands } from './commands/api';
import { registerBenchCommands } from './commands/bench';
import { registerConferenceCommands } from './commands/conference';
import { registerCoreCommands } from './commands/core';
import { registerProtectionCommands } from './commands/protection';
import { registerPublishCommands } from './commands/publish';
import { registerStatsCommands } from './commands/stats';
import { registerTasksCommands } from './commands/tasks';

const program = new Command('zhichan').description('知产 Zhichan: the city IP platform’s command line').showHelpAfterError();
registerCoreCommands(program);
registerConferenceCommands(program);
registerTasksCommands(program);
registerProtectionCommands(program);
registerStatsCommands(program);
registerPublishCommands(program);
registerBenchCommands(program);
registerApiCommands(program);

await program.parseAsync(process.argv);
