import { AuditOutlined, CalendarOutlined, FileProtectOutlined, TeamOutlined } from '@ant-design/icons';
import { ConferenceAccess, MeetingModeLabels, MeetingStatusLabels, MemberPositionLabels, RegistrationStatusLabels } from '../../../../common/conference';
import { DocumentKindLabels, MinutesStatusLabels } from '../../../../common/conference-records';
import { AgreementKindLabels, MeetingKindLabels } from '../../../../common/conference-report';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { conferenceMessages } from './messages';
import { CONFERENCE_ACTIONS } from './actions';
import { MeetingsHomeCard } from './home/MeetingsHomeCard';

/** The joint conference: its body, meetings and what they produce. */
export const conferenceModule: WebModule = {
  key: 'conference',
  order: 20,
  menu: [
    {
      key: 'conference',
      label: 'menu.conference',
      icon: <TeamOutlined />,
      roles: ConferenceAccess.read,
      children: [
        { key: 'meetings', path: '/meetings', label: 'menu.meetings', icon: <CalendarOutlined />, roles: ConferenceAccess.read },
        { key: 'agreements', path: '/agreements', label: 'menu.agreements', icon: <FileProtectOutlined />, roles: ConferenceAccess.read },
        { key: 'conference-body', path: '/conference', label: 'menu.conferenceBody', icon: <AuditOutlined />, roles: ConferenceAccess.read },
      ],
    },
  ],
  routes: [
    { path: 'meetings', ...page(() => import('./meeting-list/index'), ConferenceAccess.read) },
    { path: 'meetings/:id', ...page(() => import('./meeting-detail/index'), ConferenceAccess.read) },
    { path: 'agreements', ...page(() => import('./agreement-list/index'), ConferenceAccess.read) },
    { path: 'agreements/:id', ...page(() => import('./agreement-detail/index'), ConferenceAccess.read) },
    { path: 'conference', ...page(() => import('./body/index'), ConferenceAccess.read) },
  ],
  homeWidgets: [MeetingsHomeCard],
  messages: conferenceMessages,
  actions: CONFERENCE_ACTIONS,
  valueLabels: {
    meeting: { kind: MeetingKindLabels, mode: MeetingModeLabels, status: MeetingStatusLabels, minutesStatus: MinutesStatusLabels },
    'meeting:minutes': { status: MinutesStatusLabels },
    'meeting:register': { status: RegistrationStatusLabels },
    'meeting:cancelRegistration': { status: RegistrationStatusLabels },
    'meeting:promote': { status: RegistrationStatusLabels },
    'meeting:addDocument': { kind: DocumentKindLabels },
    agreement: { kind: AgreementKindLabels },
    conferenceMember: { position: MemberPositionLabels },
  },
  entities: {
    meeting: { zh: '会议', en: 'meeting', path: (id) => `/meetings/${id}` },
    agreement: { zh: '协议', en: 'agreement', path: (id) => `/agreements/${id}` },
    conference: { zh: '联席会议', en: 'joint conference', path: () => '/conference' },
    conferenceMember: { zh: '成员单位', en: 'member unit', path: () => '/conference' },
    liaison: { zh: '联络员', en: 'liaison', path: () => '/conference' },
  },
};
