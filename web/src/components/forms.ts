import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { ApiError } from '../app/api';

/** An antd form rule that validates a field with the same zod schema the server uses, and marks it required when it is. */
export function zodRule(schema: z.ZodType): Rule {
  return {
    // A field the schema cannot do without carries the red asterisk, whatever the page remembered to mark.
    required: !schema.safeParse(undefined).success,
    validator: async (_rule, value: unknown) => {
      const given = value === '' ? undefined : value;
      const result = schema.safeParse(given);
      if (result.success) return;
      const issue = result.error.issues[0];
      // The server answers a missing field with 必填 too, not zod's "expected string" or the list of an enum's options.
      const missing = given == null && (issue?.code === 'invalid_type' || issue?.code === 'invalid_value');
      throw new Error(missing ? '必填' : (issue?.message ?? '无效'));
    },
  };
}

/**
 * Puts an API error where the user will see it: field errors under their fields, anything else
 * returned as text for a message. Answers the text to show (or null when every error has a field).
 */
export function applyApiError(form: FormInstance | null, err: unknown): string | null {
  if (err instanceof ApiError) {
    if (form && err.fields.length > 0) {
      const known = new Set(Object.keys(form.getFieldsValue(true) as object));
      const onForm = err.fields.filter((f) => known.has(f.field.split('.')[0]));
      // `figures.0.value` names row 0 of a Form.List: antd wants the index as a number.
      const path = (field: string) => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      form.setFields(onForm.map((f) => ({ name: path(f.field), errors: [f.message] })));
      if (onForm[0]) form.scrollToField(path(onForm[0].field));
      if (onForm.length === err.fields.length) return null;
    }
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * The form's values when every check passes, else null: antd has then shown the problems under their
 * fields, and nothing is saved (and no rejected promise reaches the console).
 */
export async function validValues<V>(form: FormInstance<V>): Promise<V | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
