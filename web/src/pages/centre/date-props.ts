import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that keep a date field's value as 'YYYY-MM-DD' text (what the request shapes take) while the box shows a picker. */
export const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null | undefined) => (d?.isValid() ? d.format('YYYY-MM-DD') : d ? 'invalid' : null),
};
