import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { parseTypedDate } from './date-input';

type Props = Omit<DatePickerProps, 'value' | 'onChange'> & { value?: Dayjs | null; onChange?: (value: Dayjs | null) => void };

/**
 * A date box for forms (use with `dateRule`). The picker quietly drops text that is no date; here
 * such text becomes a value the rule refuses, so 2026-02-30 is reported as invalid rather than empty.
 */
export function DateInput({ value, onChange, onBlur, ...rest }: Props) {
  const blur: NonNullable<DatePickerProps['onBlur']> = (e, info) => {
    const text = e.target instanceof HTMLInputElement ? e.target.value : '';
    const shown = value?.isValid() ? value.format('YYYY-MM-DD') : '';
    if (text.trim() !== '' && text.trim() !== shown) {
      const parsed = parseTypedDate(text);
      if (!parsed?.isValid() || !parsed.isSame(value ?? null, 'day')) onChange?.(parsed);
    }
    onBlur?.(e, info);
  };
  return <DatePicker {...rest} value={value?.isValid() ? value : null} onChange={(d) => onChange?.(Array.isArray(d) ? (d[0] ?? null) : d)} onBlur={blur} />;
}
