import { Input, type InputProps } from 'antd';

/** An amount in yuan (the label names the unit): a text box that keeps what is typed, checked by `moneyRule`. */
export function MoneyInput(props: Omit<InputProps, 'inputMode'>) {
  return <Input inputMode="decimal" autoComplete="off" {...props} />;
}
