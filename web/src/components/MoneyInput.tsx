import { Input, type InputProps } from 'antd';
import { useI18n } from '../app/i18n';

/** An amount in yuan: a text box that keeps what is typed (checked by `moneyRule`), with the unit beside it. */
export function MoneyInput(props: Omit<InputProps, 'addonAfter' | 'inputMode'>) {
  const { t } = useI18n();
  return <Input inputMode="decimal" autoComplete="off" addonAfter={t('common.yuan')} {...props} />;
}
