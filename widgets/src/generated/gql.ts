/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Calendar($slug: String!, $after: String) {\n  exerciseBySlug(slug: $slug) {\n    isDemo\n    secretariat {\n      sessions {\n        type\n        number\n        date\n        municipality {\n          name\n        }\n        venue {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n  events(filter: {exerciseSlug: $slug, topLevel: true}, first: 100, after: $after) {\n    nodes {\n      kind\n      title\n      startDate\n      endDate\n      municipality {\n        name\n      }\n      venue {\n        name\n        municipality {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.CalendarDocument,
    "query DemoExercise($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    id\n    title\n    actionPlans {\n      id\n      title\n      commitments {\n        id\n        number\n        title\n      }\n    }\n  }\n  exercises(filter: {isDemo: true}, first: 5) {\n    nodes {\n      slug\n      title\n      actionPlans {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery DemoOrganizations($exerciseId: ID!) {\n  organizations(filter: {exerciseId: $exerciseId}, first: 100) {\n    nodes {\n      id\n      name\n      pagesDelivered {\n        pages\n        deliveriesCounted\n      }\n    }\n  }\n}": typeof types.DemoExerciseDocument,
    "fragment Pages on PagesDelivered {\n  pages\n  qualifier\n  deliveriesCounted\n  deliveriesWithoutPageCount\n}\n\nquery CommitmentPages($id: ID!) {\n  commitment(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanPages($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    exercise {\n      isDemo\n    }\n  }\n}\n\nquery ExercisePages($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    isDemo\n  }\n}\n\nquery OrganizationPages($id: ID!) {\n  organization(id: $id) {\n    name\n    pagesDelivered {\n      ...Pages\n    }\n  }\n}": typeof types.PagesFragmentDoc,
    "fragment ProgressItem on Commitment {\n  number\n  title\n  progress {\n    percent\n    unknownReason\n    milestonesDone\n    milestonesTotal\n    milestonesDisputed\n    lastCompletedOn\n  }\n  pagesDelivered {\n    pages\n    qualifier\n  }\n  meetings {\n    startDate\n  }\n}\n\nquery CommitmentProgress($id: ID!) {\n  commitment(id: $id) {\n    ...ProgressItem\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanProgress($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    exercise {\n      isDemo\n    }\n    commitments {\n      ...ProgressItem\n    }\n  }\n}": typeof types.ProgressItemFragmentDoc,
};
const documents: Documents = {
    "query Calendar($slug: String!, $after: String) {\n  exerciseBySlug(slug: $slug) {\n    isDemo\n    secretariat {\n      sessions {\n        type\n        number\n        date\n        municipality {\n          name\n        }\n        venue {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n  events(filter: {exerciseSlug: $slug, topLevel: true}, first: 100, after: $after) {\n    nodes {\n      kind\n      title\n      startDate\n      endDate\n      municipality {\n        name\n      }\n      venue {\n        name\n        municipality {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.CalendarDocument,
    "query DemoExercise($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    id\n    title\n    actionPlans {\n      id\n      title\n      commitments {\n        id\n        number\n        title\n      }\n    }\n  }\n  exercises(filter: {isDemo: true}, first: 5) {\n    nodes {\n      slug\n      title\n      actionPlans {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery DemoOrganizations($exerciseId: ID!) {\n  organizations(filter: {exerciseId: $exerciseId}, first: 100) {\n    nodes {\n      id\n      name\n      pagesDelivered {\n        pages\n        deliveriesCounted\n      }\n    }\n  }\n}": types.DemoExerciseDocument,
    "fragment Pages on PagesDelivered {\n  pages\n  qualifier\n  deliveriesCounted\n  deliveriesWithoutPageCount\n}\n\nquery CommitmentPages($id: ID!) {\n  commitment(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanPages($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    exercise {\n      isDemo\n    }\n  }\n}\n\nquery ExercisePages($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    isDemo\n  }\n}\n\nquery OrganizationPages($id: ID!) {\n  organization(id: $id) {\n    name\n    pagesDelivered {\n      ...Pages\n    }\n  }\n}": types.PagesFragmentDoc,
    "fragment ProgressItem on Commitment {\n  number\n  title\n  progress {\n    percent\n    unknownReason\n    milestonesDone\n    milestonesTotal\n    milestonesDisputed\n    lastCompletedOn\n  }\n  pagesDelivered {\n    pages\n    qualifier\n  }\n  meetings {\n    startDate\n  }\n}\n\nquery CommitmentProgress($id: ID!) {\n  commitment(id: $id) {\n    ...ProgressItem\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanProgress($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    exercise {\n      isDemo\n    }\n    commitments {\n      ...ProgressItem\n    }\n  }\n}": types.ProgressItemFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Calendar($slug: String!, $after: String) {\n  exerciseBySlug(slug: $slug) {\n    isDemo\n    secretariat {\n      sessions {\n        type\n        number\n        date\n        municipality {\n          name\n        }\n        venue {\n          name\n          municipality {\n            name\n          }\n        }\n      }\n    }\n  }\n  events(filter: {exerciseSlug: $slug, topLevel: true}, first: 100, after: $after) {\n    nodes {\n      kind\n      title\n      startDate\n      endDate\n      municipality {\n        name\n      }\n      venue {\n        name\n        municipality {\n          name\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').CalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoExercise($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    id\n    title\n    actionPlans {\n      id\n      title\n      commitments {\n        id\n        number\n        title\n      }\n    }\n  }\n  exercises(filter: {isDemo: true}, first: 5) {\n    nodes {\n      slug\n      title\n      actionPlans {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery DemoOrganizations($exerciseId: ID!) {\n  organizations(filter: {exerciseId: $exerciseId}, first: 100) {\n    nodes {\n      id\n      name\n      pagesDelivered {\n        pages\n        deliveriesCounted\n      }\n    }\n  }\n}"): typeof import('./graphql').DemoExerciseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Pages on PagesDelivered {\n  pages\n  qualifier\n  deliveriesCounted\n  deliveriesWithoutPageCount\n}\n\nquery CommitmentPages($id: ID!) {\n  commitment(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanPages($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    exercise {\n      isDemo\n    }\n  }\n}\n\nquery ExercisePages($slug: String!) {\n  exerciseBySlug(slug: $slug) {\n    title\n    pagesDelivered {\n      ...Pages\n    }\n    isDemo\n  }\n}\n\nquery OrganizationPages($id: ID!) {\n  organization(id: $id) {\n    name\n    pagesDelivered {\n      ...Pages\n    }\n  }\n}"): typeof import('./graphql').PagesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProgressItem on Commitment {\n  number\n  title\n  progress {\n    percent\n    unknownReason\n    milestonesDone\n    milestonesTotal\n    milestonesDisputed\n    lastCompletedOn\n  }\n  pagesDelivered {\n    pages\n    qualifier\n  }\n  meetings {\n    startDate\n  }\n}\n\nquery CommitmentProgress($id: ID!) {\n  commitment(id: $id) {\n    ...ProgressItem\n    plan {\n      exercise {\n        isDemo\n      }\n    }\n  }\n}\n\nquery PlanProgress($id: ID!) {\n  actionPlan(id: $id) {\n    title\n    exercise {\n      isDemo\n    }\n    commitments {\n      ...ProgressItem\n    }\n  }\n}"): typeof import('./graphql').ProgressItemFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
