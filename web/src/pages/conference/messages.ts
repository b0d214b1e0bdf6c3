import { conferenceEn } from './messages-en';
import { conferenceZh } from './messages-zh';

/** Messages of the conference pages: the conference body, meetings, registration, minutes and outcomes. */
export const conferenceMessages = { zh: conferenceZh, en: conferenceEn };
