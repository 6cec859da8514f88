import type { ResourceProps } from 'react-admin';
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
import { RESOURCE_NAMES, type ResourceName } from './resourceNames';

export { RESOURCE_NAMES };

/** The views of every resource (list, show, create, edit, icon, representation). */
export const RESOURCE_VIEWS: Record<ResourceName, Omit<ResourceProps, 'name'>> = {
  commitments,
  milestones,
  informationRequests,
  informationDeliveries,
  events,
  agreements,
  sessions,
  sessionAttendance,
  secretariats,
  posts,
  memberships,
  people,
  exercises,
  actionPlans,
  themes,
  evaluations,
  evaluationCriteria,
  recommendations,
  organizations,
  regions,
  venues,
  municipalities,
  states,
  sourceDocuments,
  staffAccounts,
};
