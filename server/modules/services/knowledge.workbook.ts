import type { z } from 'zod';
import { KnowledgePublishSchema, QuestionCategoryLabels } from '../../../common/services-desk';
import type { ImportColumn } from '../../platform/excel';
import { labelCell } from '../../platform/import-cells';

/** The columns of a knowledge-base import: the office's list of common questions and their answers. */
export const KNOWLEDGE_IMPORT_COLUMNS: ImportColumn[] = [
  { key: 'category', header: '分类', required: true, example: '专利', note: Object.values(QuestionCategoryLabels).map((l) => l.zh).join('、'), width: 10 },
  { key: 'title', header: '问题', required: true, example: '专利年费逾期了还能补缴吗', width: 30 },
  { key: 'body', header: '答复', required: true, example: '专利年费期满之日起六个月内可以补缴，每超过一个月加收当年年费5%的滞纳金。', width: 60 },
];

/** A row is what the desk publishes from a question, with the category written as its label. */
export const KnowledgeImportRowSchema = KnowledgePublishSchema.extend({ category: labelCell(QuestionCategoryLabels, '分类') });
export type KnowledgeImportRow = z.output<typeof KnowledgeImportRowSchema>;
