import { loanMessages } from './loan-messages';

/** Messages of the IP finance pages. */
export const financeMessages = {
  zh: {
    'menu.finance': '知识产权金融',
    ...loanMessages.zh,
  },
  en: {
    'menu.finance': 'IP finance',
    ...loanMessages.en,
  },
};
