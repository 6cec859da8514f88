/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of event of an exercise this is (sessions of the Secretariat are their own type). */
export type EventKind =
  /** Signing of a collaboration agreement (convenio) between bodies. */
  | 'COLLABORATION_AGREEMENT'
  /** Working table per commitment with civil society and the responsible agencies. */
  | 'COMMITMENT_WORKING_TABLE'
  /** Signing of the joint declaration that opens the exercise (declaratoria conjunta). */
  | 'JOINT_DECLARATION'
  /** Public call for the election of regional liaisons (convocatoria). */
  | 'LIAISON_CALL'
  /** Meeting where civil society elects its regional liaison and alternate. */
  | 'LIAISON_ELECTION'
  /** Meeting among civil society's regional liaisons. */
  | 'LIAISON_MEETING'
  /** Public presentation and signing of the Local Action Plan. */
  | 'PLAN_PRESENTATION'
  /** Publication of the Local Action Plan in the state's official gazette. */
  | 'PLAN_PUBLICATION'
  /** Press conference (rueda de prensa). */
  | 'PRESS_CONFERENCE'
  /** Regional working table collecting problems by theme (mesa de trabajo regional). */
  | 'REGIONAL_WORKING_TABLE'
  /** Formal installation of the Technical Secretariat. */
  | 'SECRETARIAT_INSTALLATION'
  /** Meeting that presents the plan to the public servants responsible for it (reunión de sensibilización). */
  | 'SENSITIZATION_MEETING'
  /** Outreach talk for civil society and the public (plática de sensibilización). */
  | 'SENSITIZATION_TALK'
  /** Visit to a site or facility (visita en sitio). */
  | 'SITE_VISIT'
  /** Working meeting (reunión de trabajo) on one or more commitments. */
  | 'WORKING_MEETING'
  /** Training workshop (taller), given by one or more organisations. */
  | 'WORKSHOP';

/** Why a commitment's progress cannot be computed. */
export type ProgressUnknownReason =
  /** The commitment has no plan of milestones to measure progress against. */
  | 'NO_MILESTONES'
  /** Every milestone is cancelled, so no weight is left to measure against. */
  | 'NO_WEIGHTED_MILESTONES';

/** Whether a Secretariat session was ordinary (scheduled) or extraordinary (called ad hoc). */
export type SessionType =
  /** An extraordinary session (sesión extraordinaria), called when needed. */
  | 'EXTRAORDINARY'
  /** An ordinary session (sesión ordinaria), on the agreed calendar. */
  | 'ORDINARY';

/** How a total is to be read: exact, a lower bound, or unknown because the source counts nothing it adds up. */
export type TotalQualifier =
  /** Every delivery is counted exactly: the total is exact. */
  | 'EXACT'
  /** The total is a lower bound: a count added is "more than N", or some deliveries are not counted. */
  | 'MORE_THAN'
  /** The source gives no count (or no delivery is recorded): the total is null, never 0. */
  | 'UNKNOWN';

export type CalendarQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type CalendarQuery = { exerciseBySlug: { isDemo: boolean, secretariat: { sessions: Array<{ type: SessionType, number: number, date: string, municipality: { name: string } | null, venue: { name: string, municipality: { name: string } } | null, documents: Array<{ downloadPath: string }> }> } | null }, events: { nodes: Array<{ kind: EventKind, title: string, startDate: string | null, endDate: string | null, municipality: { name: string } | null, venue: { name: string, municipality: { name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DemoExerciseQueryVariables = Exact<{
  slug: string;
}>;


export type DemoExerciseQuery = { exerciseBySlug: { id: string, title: string, actionPlans: Array<{ id: string, title: string, commitments: Array<{ id: string, number: number | null, title: string }> }> }, exercises: { nodes: Array<{ slug: string, title: string, actionPlans: Array<{ id: string, title: string }> }> } };

export type DemoOrganizationsQueryVariables = Exact<{
  exerciseId: string | number;
}>;


export type DemoOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string, pagesDelivered: { pages: number | null, deliveriesCounted: number } }> } };

export type PagesFragment = { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number };

export type CommitmentPagesQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitmentPagesQuery = { commitment: { title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number }, plan: { exercise: { isDemo: boolean } } } };

export type PlanPagesQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanPagesQuery = { actionPlan: { title: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number }, exercise: { isDemo: boolean } } };

export type ExercisePagesQueryVariables = Exact<{
  slug: string;
}>;


export type ExercisePagesQuery = { exerciseBySlug: { title: string, isDemo: boolean, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number } } };

export type OrganizationPagesQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationPagesQuery = { organization: { name: string, pagesDelivered: { pages: number | null, qualifier: TotalQualifier, deliveriesWithoutPageCount: number } } };

export type ProgressItemFragment = { number: number | null, title: string, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number, lastCompletedOn: string | null }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, meetings: Array<{ startDate: string | null }> };

export type CommitmentProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type CommitmentProgressQuery = { commitment: { number: number | null, title: string, plan: { exercise: { isDemo: boolean } }, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number, lastCompletedOn: string | null }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, meetings: Array<{ startDate: string | null }> } };

export type PlanProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanProgressQuery = { actionPlan: { title: string, exercise: { isDemo: boolean }, commitments: Array<{ number: number | null, title: string, progress: { percent: number | null, unknownReason: ProgressUnknownReason | null, milestonesDone: number, milestonesTotal: number, milestonesDisputed: number, lastCompletedOn: string | null }, pagesDelivered: { pages: number | null, qualifier: TotalQualifier }, meetings: Array<{ startDate: string | null }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PagesFragmentDoc = new TypedDocumentString(`
    fragment Pages on PagesDelivered {
  pages
  qualifier
  deliveriesWithoutPageCount
}
    `, {"fragmentName":"Pages"}) as unknown as TypedDocumentString<PagesFragment, unknown>;
export const ProgressItemFragmentDoc = new TypedDocumentString(`
    fragment ProgressItem on Commitment {
  number
  title
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
    lastCompletedOn
  }
  pagesDelivered {
    pages
    qualifier
  }
  meetings {
    startDate
  }
}
    `, {"fragmentName":"ProgressItem"}) as unknown as TypedDocumentString<ProgressItemFragment, unknown>;
export const CalendarDocument = new TypedDocumentString(`
    query Calendar($slug: String!, $after: String) {
  exerciseBySlug(slug: $slug) {
    isDemo
    secretariat {
      sessions {
        type
        number
        date
        municipality {
          name
        }
        venue {
          name
          municipality {
            name
          }
        }
        documents(kind: ACTA) {
          downloadPath
        }
      }
    }
  }
  events(filter: {exerciseSlug: $slug, topLevel: true}, first: 100, after: $after) {
    nodes {
      kind
      title
      startDate
      endDate
      municipality {
        name
      }
      venue {
        name
        municipality {
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarQuery, CalendarQueryVariables>;
export const DemoExerciseDocument = new TypedDocumentString(`
    query DemoExercise($slug: String!) {
  exerciseBySlug(slug: $slug) {
    id
    title
    actionPlans {
      id
      title
      commitments {
        id
        number
        title
      }
    }
  }
  exercises(filter: {isDemo: true}, first: 5) {
    nodes {
      slug
      title
      actionPlans {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoExerciseQuery, DemoExerciseQueryVariables>;
export const DemoOrganizationsDocument = new TypedDocumentString(`
    query DemoOrganizations($exerciseId: ID!) {
  organizations(filter: {exerciseId: $exerciseId}, first: 100) {
    nodes {
      id
      name
      pagesDelivered {
        pages
        deliveriesCounted
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemoOrganizationsQuery, DemoOrganizationsQueryVariables>;
export const CommitmentPagesDocument = new TypedDocumentString(`
    query CommitmentPages($id: ID!) {
  commitment(id: $id) {
    title
    pagesDelivered {
      ...Pages
    }
    plan {
      exercise {
        isDemo
      }
    }
  }
}
    fragment Pages on PagesDelivered {
  pages
  qualifier
  deliveriesWithoutPageCount
}`) as unknown as TypedDocumentString<CommitmentPagesQuery, CommitmentPagesQueryVariables>;
export const PlanPagesDocument = new TypedDocumentString(`
    query PlanPages($id: ID!) {
  actionPlan(id: $id) {
    title
    pagesDelivered {
      ...Pages
    }
    exercise {
      isDemo
    }
  }
}
    fragment Pages on PagesDelivered {
  pages
  qualifier
  deliveriesWithoutPageCount
}`) as unknown as TypedDocumentString<PlanPagesQuery, PlanPagesQueryVariables>;
export const ExercisePagesDocument = new TypedDocumentString(`
    query ExercisePages($slug: String!) {
  exerciseBySlug(slug: $slug) {
    title
    pagesDelivered {
      ...Pages
    }
    isDemo
  }
}
    fragment Pages on PagesDelivered {
  pages
  qualifier
  deliveriesWithoutPageCount
}`) as unknown as TypedDocumentString<ExercisePagesQuery, ExercisePagesQueryVariables>;
export const OrganizationPagesDocument = new TypedDocumentString(`
    query OrganizationPages($id: ID!) {
  organization(id: $id) {
    name
    pagesDelivered {
      ...Pages
    }
  }
}
    fragment Pages on PagesDelivered {
  pages
  qualifier
  deliveriesWithoutPageCount
}`) as unknown as TypedDocumentString<OrganizationPagesQuery, OrganizationPagesQueryVariables>;
export const CommitmentProgressDocument = new TypedDocumentString(`
    query CommitmentProgress($id: ID!) {
  commitment(id: $id) {
    ...ProgressItem
    plan {
      exercise {
        isDemo
      }
    }
  }
}
    fragment ProgressItem on Commitment {
  number
  title
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
    lastCompletedOn
  }
  pagesDelivered {
    pages
    qualifier
  }
  meetings {
    startDate
  }
}`) as unknown as TypedDocumentString<CommitmentProgressQuery, CommitmentProgressQueryVariables>;
export const PlanProgressDocument = new TypedDocumentString(`
    query PlanProgress($id: ID!) {
  actionPlan(id: $id) {
    title
    exercise {
      isDemo
    }
    commitments {
      ...ProgressItem
    }
  }
}
    fragment ProgressItem on Commitment {
  number
  title
  progress {
    percent
    unknownReason
    milestonesDone
    milestonesTotal
    milestonesDisputed
    lastCompletedOn
  }
  pagesDelivered {
    pages
    qualifier
  }
  meetings {
    startDate
  }
}`) as unknown as TypedDocumentString<PlanProgressQuery, PlanProgressQueryVariables>;