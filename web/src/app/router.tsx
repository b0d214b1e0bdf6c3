import { createBrowserRouter, type RouteObject } from 'react-router';
import { PublicLayout } from '../components/PublicLayout';
import { AppLayout } from './AppLayout';
import { MODULES } from './modules';
import { NotFound, page } from './page';

/** All routes: the sign-in page, public pages of the modules, and the signed-in app. */
export function buildRouter() {
  const routes: RouteObject[] = [
    { path: '/login', ...page(() => import('../pages/auth/login/index')) },
    // Signed-out pages of the modules, inside the portal frame; `publicRoutes` paths are relative to /p.
    { path: '/p', Component: PublicLayout, children: [...MODULES.flatMap((m) => m.publicRoutes ?? []), { path: '*', Component: NotFound }] },
    {
      path: '/',
      Component: AppLayout,
      // The home page gathers every module's work, so it belongs to the app, not to one module.
      children: [{ index: true, ...page(() => import('../pages/home/index')) }, ...MODULES.flatMap((m) => m.routes), { path: '*', Component: NotFound }],
    },
  ];
  return createBrowserRouter(routes);
}
