import { AlertOutlined, BookOutlined, CheckSquareOutlined, DashboardOutlined, FlagOutlined, OrderedListOutlined, TrophyOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { TaskFlagLabels, TaskStatusLabels, TasksAccess } from '../../../../common/tasks';
import type { WebModule } from '../../app/module-types';
import { page } from '../../app/page';
import { tasksMessages } from './messages';
import { TasksHomeCard } from './home/TasksHomeCard';

/** Key tasks: work plans, task books, progress, supervision, the assessment and the dashboard. */
export const tasksModule: WebModule = {
  key: 'tasks',
  order: 30,
  menu: [
    {
      key: 'tasks',
      label: 'menu.tasks',
      icon: <FlagOutlined />,
      roles: TasksAccess.read,
      children: [
        { key: 'tasks-dashboard', path: '/tasks/dashboard', label: 'menu.tasksDashboard', icon: <DashboardOutlined />, roles: TasksAccess.read },
        { key: 'work-plans', path: '/work-plans', label: 'menu.workPlans', icon: <OrderedListOutlined />, roles: TasksAccess.read },
        { key: 'task-list', path: '/tasks', label: 'menu.taskList', icon: <UnorderedListOutlined />, roles: TasksAccess.read },
        { key: 'task-books', path: '/task-books', label: 'menu.taskBooks', icon: <BookOutlined />, roles: TasksAccess.read },
        { key: 'progress-reviews', path: '/progress-reviews', label: 'menu.reviews', icon: <CheckSquareOutlined />, roles: TasksAccess.manage },
        { key: 'supervision', path: '/supervision', label: 'menu.supervision', icon: <AlertOutlined />, roles: TasksAccess.read },
        { key: 'assessment', path: '/assessment', label: 'menu.assessment', icon: <TrophyOutlined />, roles: TasksAccess.manage },
      ],
    },
  ],
  routes: [
    { path: 'tasks/dashboard', ...page(() => import('./dashboard/index'), TasksAccess.read) },
    { path: 'work-plans', ...page(() => import('./plan-list/index'), TasksAccess.read) },
    { path: 'work-plans/:id', ...page(() => import('./plan-detail/index'), TasksAccess.read) },
    { path: 'tasks', ...page(() => import('./task-list/index'), TasksAccess.read) },
    { path: 'tasks/:id', ...page(() => import('./task-detail/index'), TasksAccess.read) },
    { path: 'task-books', ...page(() => import('./book-list/index'), TasksAccess.read) },
    { path: 'task-books/:id', ...page(() => import('./book-detail/index'), TasksAccess.read) },
    { path: 'progress-reviews', ...page(() => import('./review/index'), TasksAccess.manage) },
    { path: 'supervision', ...page(() => import('./notices/index'), TasksAccess.read) },
    { path: 'assessment', ...page(() => import('./assessment/index'), TasksAccess.manage) },
  ],
  homeWidgets: [TasksHomeCard],
  messages: tasksMessages,
  valueLabels: { task: { status: TaskStatusLabels, flag: TaskFlagLabels } },
  entities: {
    task: { zh: '重点任务', en: 'key task', path: (id) => `/tasks/${id}` },
    workPlan: { zh: '工作要点', en: 'work plan', path: (id) => `/work-plans/${id}` },
    taskBook: { zh: '任务书', en: 'task book', path: (id) => `/task-books/${id}` },
    assessment: { zh: '年终考核', en: 'assessment', path: () => '/assessment' },
  },
};
