/** Messages of the IP finance pages. */
export const financeMessages = {
  zh: {
    'menu.finance': '知识产权金融',
  },
  en: {
    'menu.finance': 'IP finance',
  },
};
