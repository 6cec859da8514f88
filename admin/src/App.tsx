import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { AppLayout } from './layout';
import { theme } from './theme';
import { RESOURCE_DATA, RESOURCES } from './registry';

const dataProvider = createDataProvider(RESOURCE_DATA);

// Pages off the resources, each its own chunk.
const EmbedPage = lazy(() => import('./pages/EmbedPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const MembershipTimeline = lazy(() => import('./secretariats/MembershipTimeline'));
const RubricPage = lazy(() => import('./evaluations/RubricPage'));
const ComparisonPage = lazy(() => import('./comparison/ComparisonPage'));
const SetPasswordPage = lazy(() => import('./pages/SetPasswordPage'));
const TrashPage = lazy(() => import('./trash/TrashPage'));
const ActivityPage = lazy(() => import('./activity/ActivityPage'));
const ImportPage = lazy(() => import('./imports/ImportPage'));

/**
 * The back-office: react-admin over the GraphQL API (typed operations, no introspection), in
 * Mexican Spanish by default. Every list, show and form is its own chunk, loaded on first use.
 */
export function App() {
  // Navigation is not a React transition: a signed-out visit is sent to /login by a navigate()
  // followed at once by a cleared query cache; deferred as a transition, the navigation lost to
  // that urgent re-render every time and the sign-out ran again (thousands of redirects).
  return (
    <BrowserRouter basename="/admin" useTransitions={false}>
      <BackOffice />
    </BrowserRouter>
  );
}

/** Under /admin/ with clean URLs (the API serves index.html for every client route). */
function BackOffice() {
  return (
    <Admin
      title="Tablero Abierto"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      loginPage={LoginPage}
      layout={AppLayout}
      theme={theme}
      requireAuth
      disableTelemetry
    >
      {RESOURCES.map(({ name, views }) => (
        <Resource key={name} {...views} name={name} />
      ))}
      <CustomRoutes>
        <Route path="/embed" element={<EmbedPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/secretariats/:id/timeline" element={<MembershipTimeline />} />
        <Route path="/evaluations/:id/rubric" element={<RubricPage />} />
        <Route path="/comparison" element={<ComparisonPage />} />
        <Route path="/trash" element={<TrashPage />} />
        <Route path="/activity" element={<ActivityPage />} />
        <Route path="/import" element={<ImportPage />} />
      </CustomRoutes>
      {/* Reached from an e-mailed or handed-over link, signed out. */}
      <CustomRoutes noLayout>
        <Route path="/set-password" element={<SetPasswordPage />} />
      </CustomRoutes>
    </Admin>
  );
}
