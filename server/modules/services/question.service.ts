import type { KnowledgeService } from './knowledge.service';
import { createQuestionCommands } from './question-commands.service';
import { createQuestionQueries } from './question-queries.service';
import { createQuestionSupport, type QuestionDeps } from './question-support.service';
import { createDeskEscalation } from './desk-escalation.service';

export type { QuestionDeps, CentreFilingPort } from './question-support.service';

/** The consultation desk: questions, their clocks, assignment, replies and notes, ratings, escalation, publishing. */
export function createQuestionService(deps: QuestionDeps, knowledge: KnowledgeService) {
  const support = createQuestionSupport(deps);
  const queries = createQuestionQueries(deps, support);
  return { ...queries, ...createQuestionCommands(deps, support, queries, knowledge), ...createDeskEscalation(deps, support, queries) };
}
export type QuestionService = ReturnType<typeof createQuestionService>;
