import { ErrorComponent } from '@refinedev/antd';
import { Authenticated } from '@refinedev/core';
import { CatchAllNavigate } from '@refinedev/react-router';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import type { Action } from './access/permissions';
import { AppLayout } from './components/app-layout';
import { Guarded } from './components/guarded';
import { HomeRedirect } from './components/home-redirect';
import { PageLoading } from './components/page-loading';
import { ApplicationCreate } from './pages/applications/create';
import { ApplicationList } from './pages/applications/list';
import { ApplicationShow } from './pages/applications/show';
import { EnterpriseEdit } from './pages/enterprises/edit';
import { EnterpriseImport } from './pages/enterprises/import';
import { EnterprisesHome } from './pages/enterprises/list';
import { EnterpriseShow } from './pages/enterprises/show';
import { IndustryList } from './pages/industries/list';
import { LeadCreate } from './pages/leads/create';
import { LeadEdit } from './pages/leads/edit';
import { LeadList } from './pages/leads/list';
import { LeadShow } from './pages/leads/show';
import { LeadImport } from './pages/leads/transfer/import';
import { LoginPage } from './pages/login/login';
import { NotificationList } from './pages/notifications/list';
import { ParkCreate } from './pages/parks/create';
import { ParkEdit } from './pages/parks/edit';
import { ParkList } from './pages/parks/list';
import { ParkShow } from './pages/parks/show';
import { RegisterPage } from './pages/register/register';
import { MyRequestShow } from './pages/requests/my-request-show';
import { MyRequests } from './pages/requests/my-requests';
import { RequestQueue } from './pages/requests/queue';
import { RequestShow } from './pages/requests/show';
import { UserList } from './pages/users/list';

// The ECharts pages load on demand, keeping the first load small.
const PlanList = lazy(() => import('./pages/plan/list').then((module) => ({ default: module.PlanList })));
const ParksMapList = lazy(() => import('./pages/parks-map/list').then((module) => ({ default: module.ParksMapList })));
// The policy pages bring the rule engine's texts, the query builder and ECharts: loaded on demand too.
const PolicyList = lazy(() => import('./pages/policies/list').then((module) => ({ default: module.PolicyList })));
const PolicyShow = lazy(() => import('./pages/policies/show').then((module) => ({ default: module.PolicyShow })));
const PolicyCreate = lazy(() => import('./pages/policies/create').then((module) => ({ default: module.PolicyCreate })));
const MyPolicies = lazy(() =>
  import('./pages/matching/my-policies').then((module) => ({ default: module.MyPolicies })),
);
const AllocationPage = lazy(() =>
  import('./pages/allocation/list').then((module) => ({ default: module.AllocationPage })),
);
const AuditLogPage = lazy(() => import('./pages/audit/list').then((module) => ({ default: module.AuditLogPage })));
const JobsPage = lazy(() => import('./pages/jobs/list').then((module) => ({ default: module.JobsPage })));
const PipelinePage = lazy(() => import('./pages/pipeline/list').then((module) => ({ default: module.PipelinePage })));
const LandList = lazy(() => import('./pages/land/list').then((module) => ({ default: module.LandList })));
const IncubationList = lazy(() =>
  import('./pages/incubation/list').then((module) => ({ default: module.IncubationList })),
);
const IncubationShow = lazy(() =>
  import('./pages/incubation/show').then((module) => ({ default: module.IncubationShow })),
);
const PolicyEdit = lazy(() => import('./pages/policies/edit').then((module) => ({ default: module.PolicyEdit })));

interface GuardedRoute {
  path: string;
  resource: string;
  action: Action;
  page: ReactNode;
}

/** Every signed-in page with the resource and action that may open it (others see 403). */
const GUARDED_ROUTES: GuardedRoute[] = [
  { path: '/plan', resource: 'plan', action: 'list', page: <PlanList /> },
  { path: '/industries', resource: 'industries', action: 'list', page: <IndustryList /> },
  { path: '/parks', resource: 'parks', action: 'list', page: <ParkList /> },
  { path: '/parks/create', resource: 'parks', action: 'create', page: <ParkCreate /> },
  { path: '/parks/:id', resource: 'parks', action: 'show', page: <ParkShow /> },
  { path: '/parks/:id/edit', resource: 'parks', action: 'edit', page: <ParkEdit /> },
  { path: '/notifications', resource: 'notifications', action: 'list', page: <NotificationList /> },
  { path: '/parks-map', resource: 'parks-map', action: 'list', page: <ParksMapList /> },
  { path: '/policies', resource: 'policies', action: 'list', page: <PolicyList /> },
  { path: '/policies/create', resource: 'policies', action: 'create', page: <PolicyCreate /> },
  { path: '/policies/:id', resource: 'policies', action: 'show', page: <PolicyShow /> },
  { path: '/policies/:id/edit', resource: 'policies', action: 'edit', page: <PolicyEdit /> },
  { path: '/my-policies', resource: 'my-policies', action: 'list', page: <MyPolicies /> },
  { path: '/enterprises', resource: 'enterprises', action: 'list', page: <EnterprisesHome /> },
  { path: '/enterprises/import', resource: 'enterprises', action: 'create', page: <EnterpriseImport /> },
  {
    path: '/enterprises/:id',
    resource: 'enterprises',
    action: 'show',
    page: <EnterpriseShow applications={(enterpriseId) => <ApplicationList enterpriseId={enterpriseId} embedded />} />,
  },
  { path: '/enterprises/:id/edit', resource: 'enterprises', action: 'edit', page: <EnterpriseEdit /> },
  { path: '/applications', resource: 'applications', action: 'list', page: <ApplicationList /> },
  { path: '/applications/create', resource: 'applications', action: 'create', page: <ApplicationCreate /> },
  { path: '/applications/:id', resource: 'applications', action: 'show', page: <ApplicationShow /> },
  { path: '/leads', resource: 'leads', action: 'list', page: <LeadList /> },
  { path: '/leads/create', resource: 'leads', action: 'create', page: <LeadCreate /> },
  { path: '/leads/import', resource: 'leads', action: 'create', page: <LeadImport /> },
  { path: '/leads/:id', resource: 'leads', action: 'show', page: <LeadShow /> },
  { path: '/leads/:id/edit', resource: 'leads', action: 'edit', page: <LeadEdit /> },
  { path: '/allocation', resource: 'allocation', action: 'list', page: <AllocationPage /> },
  { path: '/users', resource: 'users', action: 'list', page: <UserList /> },
  { path: '/audit', resource: 'audit', action: 'list', page: <AuditLogPage /> },
  { path: '/jobs', resource: 'jobs', action: 'list', page: <JobsPage /> },
  { path: '/my-requests', resource: 'my-requests', action: 'list', page: <MyRequests /> },
  { path: '/my-requests/:id', resource: 'my-requests', action: 'show', page: <MyRequestShow /> },
  { path: '/requests', resource: 'requests', action: 'list', page: <RequestQueue /> },
  { path: '/land', resource: 'land', action: 'list', page: <LandList /> },
  { path: '/incubation', resource: 'incubation', action: 'list', page: <IncubationList /> },
  { path: '/incubation/:id', resource: 'incubation', action: 'show', page: <IncubationShow /> },
  { path: '/requests/:id', resource: 'requests', action: 'show', page: <RequestShow /> },
  { path: '/pipeline', resource: 'pipeline', action: 'list', page: <PipelinePage /> },
];

export const AppRoutes = () => (
  <Routes>
    <Route
      element={
        <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />} loading={<PageLoading fullPage />}>
          <AppLayout>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </AppLayout>
        </Authenticated>
      }
    >
      <Route index element={<HomeRedirect />} />
      {GUARDED_ROUTES.map(({ path, resource, action, page }) => (
        <Route
          key={path}
          path={path}
          element={
            <Guarded resource={resource} action={action}>
              {page}
            </Guarded>
          }
        />
      ))}
      <Route path="*" element={<ErrorComponent />} />
    </Route>
    <Route
      element={
        <Authenticated key="login" fallback={<Outlet />} loading={<PageLoading fullPage />}>
          <Navigate to="/" replace />
        </Authenticated>
      }
    >
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
    </Route>
  </Routes>
);
