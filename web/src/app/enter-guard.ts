/*
 * In a browser, Enter in a form's input submits the form. Inside a date picker, a dropdown or a
 * number box Enter means "take this value", so there it must never save a half-filled form. One
 * listener for the whole app keeps every form, present and future, safe without a per-page fix.
 */

/** Where Enter chooses or confirms a value rather than submits. */
const PICKERS = '.ant-picker, .ant-select, .ant-cascader, .ant-input-number, .ant-mentions, .ant-auto-complete';

/** Whether Enter on this element must not submit the form around it. */
export function enterChoosesValue(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as Element;
  return el.closest('form') !== null && el.closest(PICKERS) !== null;
}

/**
 * Stops Enter in a picker from submitting its form. Listens on the document, after React's own
 * handlers (which confirm the picked value) have run; cancelling the default only cancels the submit.
 */
export function installEnterGuard(doc: Document): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.isComposing && enterChoosesValue(e.target)) e.preventDefault();
  };
  doc.addEventListener('keydown', onKeyDown);
  return () => doc.removeEventListener('keydown', onKeyDown);
}
