import { ErrorComponent, ThemedLayout } from '@refinedev/antd';
import { Authenticated } from '@refinedev/core';
import { CatchAllNavigate } from '@refinedev/react-router';
import { Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { AppHeader } from './components/app-header';
import { AppTitle } from './components/app-title';
import { Guarded } from './components/guarded';
import { HomeRedirect } from './components/home-redirect';
import { ApplicationCreate } from './pages/applications/create';
import { ApplicationList } from './pages/applications/list';
import { ApplicationShow } from './pages/applications/show';
import { EnterpriseEdit } from './pages/enterprises/edit';
import { EnterpriseImport } from './pages/enterprises/import';
import { EnterprisesHome } from './pages/enterprises/list';
import { EnterpriseShow } from './pages/enterprises/show';
import { IndustryList } from './pages/industries/list';
import { LoginPage } from './pages/login/login';
import { NotificationList } from './pages/notifications/list';
import { ParkCreate } from './pages/parks/create';
import { ParkEdit } from './pages/parks/edit';
import { ParkList } from './pages/parks/list';
import { ParkShow } from './pages/parks/show';
import { RegisterPage } from './pages/register/register';
import { UserList } from './pages/users/list';

// The ECharts pages load on demand, keeping the first load small.
const PlanList = lazy(() => import('./pages/plan/list').then((module) => ({ default: module.PlanList })));
const ParksMapList = lazy(() => import('./pages/parks-map/list').then((module) => ({ default: module.ParksMapList })));
// The policy pages bring the rule engine's texts, the query builder and ECharts: loaded on demand too.
const PolicyList = lazy(() => import('./pages/policies/list').then((module) => ({ default: module.PolicyList })));
const PolicyShow = lazy(() => import('./pages/policies/show').then((module) => ({ default: module.PolicyShow })));
const PolicyCreate = lazy(() => import('./pages/policies/create').then((module) => ({ default: module.PolicyCreate })));
const PolicyEdit = lazy(() => import('./pages/policies/edit').then((module) => ({ default: module.PolicyEdit })));

const Loading = () => <Spin style={{ display: 'block', margin: '64px auto' }} />;

export const AppRoutes = () => (
  <Routes>
    <Route
      element={
        <Authenticated key="app" fallback={<CatchAllNavigate to="/login" />}>
          <ThemedLayout Header={AppHeader} Title={AppTitle}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ThemedLayout>
        </Authenticated>
      }
    >
      <Route index element={<HomeRedirect />} />
      <Route
        path="/plan"
        element={
          <Guarded resource="plan" action="list">
            <PlanList />
          </Guarded>
        }
      />
      <Route
        path="/industries"
        element={
          <Guarded resource="industries" action="list">
            <IndustryList />
          </Guarded>
        }
      />
      <Route path="/parks">
        <Route
          index
          element={
            <Guarded resource="parks" action="list">
              <ParkList />
            </Guarded>
          }
        />
        <Route
          path="create"
          element={
            <Guarded resource="parks" action="create">
              <ParkCreate />
            </Guarded>
          }
        />
        <Route
          path=":id"
          element={
            <Guarded resource="parks" action="show">
              <ParkShow />
            </Guarded>
          }
        />
        <Route
          path=":id/edit"
          element={
            <Guarded resource="parks" action="edit">
              <ParkEdit />
            </Guarded>
          }
        />
      </Route>
      <Route
        path="/notifications"
        element={
          <Guarded resource="notifications" action="list">
            <NotificationList />
          </Guarded>
        }
      />
      <Route
        path="/parks-map"
        element={
          <Guarded resource="parks-map" action="list">
            <ParksMapList />
          </Guarded>
        }
      />
      <Route path="/policies">
        <Route
          index
          element={
            <Guarded resource="policies" action="list">
              <PolicyList />
            </Guarded>
          }
        />
        <Route
          path="create"
          element={
            <Guarded resource="policies" action="create">
              <PolicyCreate />
            </Guarded>
          }
        />
        <Route
          path=":id"
          element={
            <Guarded resource="policies" action="show">
              <PolicyShow />
            </Guarded>
          }
        />
        <Route
          path=":id/edit"
          element={
            <Guarded resource="policies" action="edit">
              <PolicyEdit />
            </Guarded>
          }
        />
      </Route>
      <Route path="/enterprises">
        <Route
          index
          element={
            <Guarded resource="enterprises" action="list">
              <EnterprisesHome />
            </Guarded>
          }
        />
        <Route
          path="import"
          element={
            <Guarded resource="enterprises" action="create">
              <EnterpriseImport />
            </Guarded>
          }
        />
        <Route
          path=":id"
          element={
            <Guarded resource="enterprises" action="show">
              <EnterpriseShow
                applications={(enterpriseId) => <ApplicationList enterpriseId={enterpriseId} embedded />}
              />
            </Guarded>
          }
        />
        <Route
          path=":id/edit"
          element={
            <Guarded resource="enterprises" action="edit">
              <EnterpriseEdit />
            </Guarded>
          }
        />
      </Route>
      <Route path="/applications">
        <Route
          index
          element={
            <Guarded resource="applications" action="list">
              <ApplicationList />
            </Guarded>
          }
        />
        <Route
          path="create"
          element={
            <Guarded resource="applications" action="create">
              <ApplicationCreate />
            </Guarded>
          }
        />
        <Route
          path=":id"
          element={
            <Guarded resource="applications" action="show">
              <ApplicationShow />
            </Guarded>
          }
        />
      </Route>
      <Route
        path="/users"
        element={
          <Guarded resource="users" action="list">
            <UserList />
          </Guarded>
        }
      />
      <Route path="*" element={<ErrorComponent />} />
    </Route>
    <Route
      element={
        <Authenticated key="login" fallback={<Outlet />}>
          <Navigate to="/" replace />
        </Authenticated>
      }
    >
      <Route path="/login" element={<LoginPage />} />
      <Route path="/register" element={<RegisterPage />} />
    </Route>
  </Routes>
);
