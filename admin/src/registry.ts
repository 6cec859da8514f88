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
import actionPlansData from './actionPlans/data';
import agreementsData from './agreements/data';
import commitmentsData from './commitments/data';
import evaluationCriteriaData from './evaluationCriteria/data';
import evaluationsData from './evaluations/data';
import eventsData from './events/data';
import exercisesData from './exercises/data';
import informationDeliveriesData from './informationDeliveries/data';
import informationRequestsData from './informationRequests/data';
import membershipsData from './memberships/data';
import milestonesData from './milestones/data';
import municipalitiesData from './municipalities/data';
import organizationsData from './organizations/data';
import peopleData from './people/data';
import postsData from './posts/data';
import recommendationsData from './recommendations/data';
import regionsData from './regions/data';
import secretariatsData from './secretariats/data';
import sessionAttendanceData from './sessionAttendance/data';
import sessionsData from './sessions/data';
import sourceDocumentsData from './sourceDocuments/data';
import staffAccountsData from './staffAccounts/data';
import statesData from './states/data';
import themesData from './themes/data';
import venuesData from './venues/data';
import type { RecordKindName } from './generated/graphql';
import type { ResourceSpec } from './providers/resourceSpec';
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

/** How the data provider reaches each resource (list, read, write), from its folder's data.ts. */
export const RESOURCE_DATA: Record<ResourceName, ResourceSpec> = {
  commitments: commitmentsData,
  milestones: milestonesData,
  informationRequests: informationRequestsData,
  informationDeliveries: informationDeliveriesData,
  events: eventsData,
  agreements: agreementsData,
  sessions: sessionsData,
  sessionAttendance: sessionAttendanceData,
  secretariats: secretariatsData,
  posts: postsData,
  memberships: membershipsData,
  people: peopleData,
  exercises: exercisesData,
  actionPlans: actionPlansData,
  themes: themesData,
  evaluations: evaluationsData,
  evaluationCriteria: evaluationCriteriaData,
  recommendations: recommendationsData,
  organizations: organizationsData,
  regions: regionsData,
  venues: venuesData,
  municipalities: municipalitiesData,
  states: statesData,
  sourceDocuments: sourceDocumentsData,
  staffAccounts: staffAccountsData,
};

/** The API's name for the kind of record a resource shows (`Commitment`), when staff write it. */
export const kindOf = (resource: string): RecordKindName | undefined => RESOURCE_DATA[resource as ResourceName]?.kind;
