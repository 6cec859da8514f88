import { lazy } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { Dashboard } from './dashboard/Dashboard';
import { LoginPage } from './pages/LoginPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { AppLayout } from './layout';
import { theme } from './theme';
import actionPlans from './actionPlans';
import agreements from './agreements';
import commitments from './commitments';
import evaluationCriteria from './evaluationCriteria';
import evaluations from './evaluations';
import events from './events';
import exercises from './exercises';
import informationDeliveries from './informationDeliveries';
import informationRequests from './informationRequests';
import memberships from './memberships';
import milestones from './milestones';
import municipalities from './municipalities';
import organizations from './organizations';
import people from './people';
import posts from './posts';
import recommendations from './recommendations';
import regions from './regions';
import secretariats from './secretariats';
import sessionAttendance from './sessionAttendance';
import sessions from './sessions';
import sourceDocuments from './sourceDocuments';
import staffAccounts from './staffAccounts';
import states from './states';
import themes from './themes';
import venues from './venues';

// Pages off the resources, each its own chunk.
const EmbedPage = lazy(() => import('./pages/EmbedPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const MembershipTimeline = lazy(() => import('./secretariats/MembershipTimeline'));
const RubricPage = lazy(() => import('./evaluations/RubricPage'));
const ComparisonPage = lazy(() => import('./comparison/ComparisonPage'));
const SetPasswordPage = lazy(() => import('./pages/SetPasswordPage'));

/**
 * The back-office: react-admin over the GraphQL API (typed operations, no introspection), in
 * Mexican Spanish by default. Every list, show and form is its own chunk, loaded on first use.
 */
export function App() {
  return (
    <BrowserRouter basename="/admin">
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
      <Resource name="commitments" {...commitments} />
      <Resource name="milestones" {...milestones} />
      <Resource name="informationRequests" {...informationRequests} />
      <Resource name="informationDeliveries" {...informationDeliveries} />
      <Resource name="events" {...events} />
      <Resource name="agreements" {...agreements} />
      <Resource name="sessions" {...sessions} />
      <Resource name="sessionAttendance" {...sessionAttendance} />
      <Resource name="secretariats" {...secretariats} />
      <Resource name="posts" {...posts} />
      <Resource name="memberships" {...memberships} />
      <Resource name="people" {...people} />
      <Resource name="exercises" {...exercises} />
      <Resource name="actionPlans" {...actionPlans} />
      <Resource name="themes" {...themes} />
      <Resource name="evaluations" {...evaluations} />
      <Resource name="evaluationCriteria" {...evaluationCriteria} />
      <Resource name="recommendations" {...recommendations} />
      <Resource name="organizations" {...organizations} />
      <Resource name="regions" {...regions} />
      <Resource name="venues" {...venues} />
      <Resource name="municipalities" {...municipalities} />
      <Resource name="states" {...states} />
      <Resource name="sourceDocuments" {...sourceDocuments} />
      <Resource name="staffAccounts" {...staffAccounts} />
      <CustomRoutes>
        <Route path="/embed" element={<EmbedPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/secretariats/:id/timeline" element={<MembershipTimeline />} />
        <Route path="/evaluations/:id/rubric" element={<RubricPage />} />
        <Route path="/comparison" element={<ComparisonPage />} />
      </CustomRoutes>
      {/* Reached from an e-mailed or handed-over link, signed out. */}
      <CustomRoutes noLayout>
        <Route path="/set-password" element={<SetPasswordPage />} />
      </CustomRoutes>
    </Admin>
  );
}
