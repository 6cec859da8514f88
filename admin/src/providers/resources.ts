import type { RaRecord } from 'react-admin';
import * as G from '../generated/graphql';
import type { TypedDocumentString } from '../generated/graphql';
import { request } from './graphql';
import { changedInput, pickInput, type InputFields } from './inputs';
import type { Scope } from './permissions';

/** A list page as react-admin asks for it, already in the API's terms. */
export interface ListArgs {
  first: number;
  after: string | null;
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
}

/** What the data provider can do with one resource. */
export interface ResourceSpec {
  getList?(args: ListArgs): Promise<{ totalCount: number; nodes: RaRecord[] }>;
  getOne(id: string): Promise<RaRecord>;
  create?(values: Record<string, unknown>): Promise<RaRecord>;
  update?(
    id: string,
    version: number,
    values: Record<string, unknown>,
    previous: Record<string, unknown>,
  ): Promise<RaRecord>;
  delete?(id: string, version: number): Promise<void>;
}

type Conn<Row> = { page: { totalCount: number; nodes: Row[] } };
type One<Rec> = { record: Rec };
type IdVars = { id: string | number };

function define<Row extends { id: string }, Rec extends Row, LV, Input>(spec: {
  list?: TypedDocumentString<Conn<Row>, LV>;
  listVars?: (args: ListArgs) => LV;
  one: TypedDocumentString<One<Rec>, IdVars>;
  create?: TypedDocumentString<One<Rec>, { input: Input }>;
  update?: TypedDocumentString<One<Rec>, { id: string | number; version: number; input: Input }>;
  remove?: TypedDocumentString<One<{ id: string; version: number }>, { id: string | number; version: number }>;
  scope?: (row: Row) => Scope;
  input?: InputFields<Input, Rec>;
}): ResourceSpec {
  const fields = spec.input as InputFields<Input, never> | undefined;
  const withScope = <R extends Row>(row: R): RaRecord => ({
    ...row,
    ...(spec.scope ? { _scope: spec.scope(row) } : {}),
  });
  const forForm = (record: Rec): RaRecord => {
    const values: Record<string, unknown> = {};
    if (spec.input)
      for (const [key, read] of Object.entries(spec.input) as [string, (r: Rec) => unknown][])
        values[key] = read(record);
    return { ...withScope(record), ...values };
  };
  const { list, listVars, create, update, remove } = spec;
  return {
    getList:
      list && listVars
        ? async (args) => {
            const { page } = await request(list, listVars(args));
            return { totalCount: page.totalCount, nodes: page.nodes.map(withScope) };
          }
        : undefined,
    getOne: async (id) => forForm((await request(spec.one, { id })).record),
    create:
      create && fields
        ? async (values) => forForm((await request(create, { input: pickInput(fields, values) as Input })).record)
        : undefined,
    update:
      update && fields
        ? async (id, version, values, previous) =>
            forForm(
              (await request(update, { id, version, input: changedInput(fields, values, previous) as Input })).record,
            )
        : undefined,
    delete: remove ? async (id, version) => void (await request(remove, { id, version })) : undefined,
  };
}

// Filters and sorting: react-admin's values, read safely.
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const list = <T extends string>(value: unknown): T[] | undefined =>
  Array.isArray(value) && value.length ? (value as T[]) : typeof value === 'string' && value ? [value as T] : undefined;
const direction = (order: string): G.SortDirection => (order === 'DESC' ? 'DESC' : 'ASC');
function orderBy<F extends string>(
  sort: ListArgs['sort'],
  fields: Record<string, F>,
): { field: F; direction: G.SortDirection } | undefined {
  const field = fields[sort.field];
  return field ? { field, direction: direction(sort.order) } : undefined;
}
const pageOf = (args: ListArgs) => ({ first: args.first, after: args.after });
/** A page of records that have a publication state: the list's "Borrador/Publicado" filter goes with it. */
const page = (args: ListArgs) => ({
  ...pageOf(args),
  publication: str(args.filter.publication) as G.Publication | undefined,
});
const ids = (items: { id: string }[] | null | undefined) => (items ?? []).map((item) => item.id);

// Scopes: the state and the commitments a record belongs to (see permissions.ts).
const exerciseScope = (exercise: G.ExerciseScopeFragment, extra: Partial<Scope> = {}): Scope => ({
  stateId: exercise.state.id,
  responsibleIds: [],
  followerIds: [],
  ...extra,
});
const commitmentsScope = (
  commitments: G.CommitmentScopeFragment[],
  stateId: string | null | undefined,
  extra: Partial<Scope> = {},
): Scope => ({
  stateId: stateId ?? commitments[0]?.plan.exercise.state.id ?? null,
  // A record shared by several commitments is kept by an organisation responsible for every one of them (README, "Shared records").
  responsibleIds: commitments.length
    ? commitments
        .map((c) => ids(c.responsibleAgencies))
        .reduce((common, each) => common.filter((id) => each.includes(id)))
    : [],
  followerIds: commitments.flatMap((c) => ids(c.followers)),
  ...extra,
});
const commitmentScope = (commitment: G.CommitmentScopeFragment) =>
  commitmentsScope([commitment], commitment.plan.exercise.state.id);

const sourced = {
  publication: (r: { publication: G.Publication }) => r.publication,
  sourceDocumentId: (r: { source: G.SourceFragment | null }) => r.source?.document?.id ?? null,
  sourceNote: (r: { source: G.SourceFragment | null }) => r.source?.note ?? null,
};

export const RESOURCES: Record<string, ResourceSpec> = {
  exercises: define({
    list: G.ListExercisesDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { search: str(a.filter.q), stateId: str(a.filter.stateId), isDemo: bool(a.filter.isDemo) },
      orderBy: orderBy(a.sort, { startDate: 'START_DATE', title: 'TITLE' }),
    }),
    one: G.GetExerciseDocument,
    create: G.CreateExerciseDocument,
    update: G.UpdateExerciseDocument,
    remove: G.DeleteExerciseDocument,
    scope: (r) => ({ stateId: r.state.id, responsibleIds: [], followerIds: [] }),
    input: {
      ...sourced,
      slug: (r) => r.slug,
      title: (r) => r.title,
      description: (r) => r.description,
      stateId: (r) => r.state.id,
      startDate: (r) => r.startDate,
      endDate: (r) => r.endDate,
      jointDeclarationOn: (r) => r.jointDeclarationOn,
      reportedStatus: (r) => r.reportedStatus,
      isDemo: (r) => r.isDemo,
      evaluatorId: (r) => r.evaluator?.id ?? null,
      guarantorId: (r) => r.guarantor?.id ?? null,
      localAuthorityId: (r) => r.localAuthority?.id ?? null,
    },
  }),
  actionPlans: define({
    list: G.ListActionPlansDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { exerciseId: str(a.filter.exerciseId) },
      orderBy: orderBy(a.sort, { startYear: 'START_YEAR', title: 'TITLE' }),
    }),
    one: G.GetActionPlanDocument,
    create: G.CreateActionPlanDocument,
    update: G.UpdateActionPlanDocument,
    remove: G.DeleteActionPlanDocument,
    scope: (r) => exerciseScope(r.exercise),
    input: {
      ...sourced,
      exerciseId: (r) => r.exercise.id,
      title: (r) => r.title,
      startYear: (r) => r.startYear,
      endYear: (r) => r.endYear,
      agreedOn: (r) => r.agreedOn,
      agreedAtSessionId: (r) => r.agreedAtSession?.id ?? null,
      signedOn: (r) => r.signedOn,
      publishedOn: (r) => r.publishedOn,
      publishedIn: (r) => r.publishedIn,
      workStartOn: (r) => r.workStartOn,
      methodology: (r) => r.methodology,
    },
  }),
  commitments: define({
    list: G.ListCommitmentsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        search: str(a.filter.q),
        exerciseId: str(a.filter.exerciseId),
        planId: str(a.filter.planId),
        themeId: str(a.filter.themeId),
        organizationId: str(a.filter.organizationId),
        organizationRole: str(a.filter.organizationRole) as G.CommitmentOrganizationRole | undefined,
        isProactive: bool(a.filter.isProactive),
      },
      orderBy: orderBy(a.sort, { number: 'NUMBER', title: 'TITLE' }),
    }),
    one: G.GetCommitmentDocument,
    create: G.CreateCommitmentDocument,
    update: G.UpdateCommitmentDocument,
    remove: G.DeleteCommitmentDocument,
    scope: commitmentScope,
    input: {
      ...sourced,
      planId: (r) => r.plan.id,
      number: (r) => r.number,
      title: (r) => r.title,
      objective: (r) => r.objective,
      isProactive: (r) => r.isProactive,
      activationCondition: (r) => r.activationCondition,
      responsibleAgencyIds: (r) => ids(r.responsibleAgencies),
      responsibleAgenciesInferred: (r) => r.responsibleAgenciesInferred,
      participatingAgencyIds: (r) => ids(r.participatingAgencies),
      followerIds: (r) => ids(r.followers),
      themeIds: (r) => ids(r.themes),
    },
  }),
  milestones: define({
    list: G.ListMilestonesDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        commitmentId: str(a.filter.commitmentId),
        planId: str(a.filter.planId),
        statuses: list<G.MilestoneStatus>(a.filter.statuses),
        dueFrom: str(a.filter.dueFrom),
        dueTo: str(a.filter.dueTo),
      },
      orderBy: orderBy(a.sort, { position: 'POSITION', dueDate: 'DUE_DATE', status: 'STATUS' }),
    }),
    one: G.GetMilestoneDocument,
    create: G.CreateMilestoneDocument,
    update: G.UpdateMilestoneDocument,
    remove: G.DeleteMilestoneDocument,
    scope: (r) => commitmentScope(r.commitment),
    input: {
      ...sourced,
      commitmentId: (r) => r.commitment.id,
      position: (r) => r.position,
      title: (r) => r.title,
      description: (r) => r.description,
      startDate: (r) => r.startDate,
      dueDate: (r) => r.dueDate,
      completedOn: (r) => r.completedOn,
      status: (r) => r.status,
      weight: (r) => r.weight,
      evidenceUrl: (r) => r.evidenceUrl,
      evidenceDescription: (r) => r.evidenceDescription,
    },
  }),
  informationRequests: define({
    list: G.ListInformationRequestsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        commitmentId: str(a.filter.commitmentId),
        exerciseId: str(a.filter.exerciseId),
        planId: str(a.filter.planId),
        recipientId: str(a.filter.recipientId),
        responses: list<G.RequestResponse>(a.filter.responses),
      },
      orderBy: orderBy(a.sort, { requestedOn: 'REQUESTED_ON', subject: 'SUBJECT' }),
    }),
    one: G.GetInformationRequestDocument,
    create: G.CreateInformationRequestDocument,
    update: G.UpdateInformationRequestDocument,
    remove: G.DeleteInformationRequestDocument,
    scope: (r) => commitmentScope(r.commitment),
    input: {
      ...sourced,
      commitmentId: (r) => r.commitment.id,
      subject: (r) => r.subject,
      requestedOn: (r) => r.requestedOn,
      recipientId: (r) => r.recipient?.id ?? null,
      recipientDescription: (r) => r.recipientDescription,
      recipientCount: (r) => r.recipientCount,
      respondedCount: (r) => r.respondedCount,
      response: (r) => r.response,
      responseNote: (r) => r.responseNote,
    },
  }),
  informationDeliveries: define({
    list: G.ListInformationDeliveriesDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        commitmentId: str(a.filter.commitmentId),
        exerciseId: str(a.filter.exerciseId),
        planId: str(a.filter.planId),
        deliveredById: str(a.filter.deliveredById),
        hasPageCount: bool(a.filter.hasPageCount),
        dateFrom: str(a.filter.dateFrom),
        dateTo: str(a.filter.dateTo),
      },
      orderBy: orderBy(a.sort, { deliveredOn: 'DELIVERED_ON', pages: 'PAGES' }),
    }),
    one: G.GetInformationDeliveryDocument,
    create: G.CreateInformationDeliveryDocument,
    update: G.UpdateInformationDeliveryDocument,
    remove: G.DeleteInformationDeliveryDocument,
    scope: (r) => commitmentScope(r.commitment),
    input: {
      ...sourced,
      commitmentId: (r) => r.commitment.id,
      description: (r) => r.description,
      deliveredOn: (r) => r.deliveredOn,
      pages: (r) => r.pages,
      pagesQualifier: (r) => r.pagesQualifier,
      deliveredById: (r) => r.deliveredBy?.id ?? null,
      deliveredByDescription: (r) => r.deliveredByDescription,
      requestId: (r) => r.request?.id ?? null,
    },
  }),
  events: define({
    list: G.ListEventsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        exerciseId: str(a.filter.exerciseId),
        commitmentId: str(a.filter.commitmentId),
        kinds: list<G.EventKind>(a.filter.kinds),
        municipalityId: str(a.filter.municipalityId),
        regionId: str(a.filter.regionId),
        organizationId: str(a.filter.organizationId),
        parentId: str(a.filter.parentId),
        topLevel: bool(a.filter.topLevel),
        dateFrom: str(a.filter.dateFrom),
        dateTo: str(a.filter.dateTo),
      },
      orderBy: orderBy(a.sort, { startDate: 'START_DATE', title: 'TITLE', kind: 'KIND' }),
    }),
    one: G.GetEventDocument,
    create: G.CreateEventDocument,
    update: G.UpdateEventDocument,
    remove: G.DeleteEventDocument,
    scope: (r) => commitmentsScope(r.commitments, r.exercise.state.id, { eventKind: r.kind }),
    input: {
      ...sourced,
      exerciseId: (r) => r.exercise.id,
      kind: (r) => r.kind,
      title: (r) => r.title,
      description: (r) => r.description,
      startDate: (r) => r.startDate,
      startDateInferred: (r) => r.startDateInferred,
      endDate: (r) => r.endDate,
      municipalityId: (r) => r.municipality?.id ?? null,
      municipalityInferred: (r) => r.municipalityInferred,
      regionId: (r) => r.region?.id ?? null,
      venueId: (r) => r.venue?.id ?? null,
      parentId: (r) => r.parent?.id ?? null,
      attendeeCount: (r) => r.attendeeCount,
      attendeeCountQualifier: (r) => r.attendeeCountQualifier,
      attendanceNote: (r) => r.attendanceNote,
      commitmentIds: (r) => ids(r.commitments),
      themeIds: (r) => ids(r.themes),
      organizerIds: (r) => r.organizations.filter((o) => o.role === 'ORGANIZER').map((o) => o.organization.id),
      instructorIds: (r) => r.organizations.filter((o) => o.role === 'INSTRUCTOR').map((o) => o.organization.id),
      participantIds: (r) => r.organizations.filter((o) => o.role === 'PARTICIPANT').map((o) => o.organization.id),
      hostIds: (r) => r.organizations.filter((o) => o.role === 'HOST').map((o) => o.organization.id),
    },
  }),
  agreements: define({
    list: G.ListAgreementsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        exerciseId: str(a.filter.exerciseId),
        sessionId: str(a.filter.sessionId),
        eventId: str(a.filter.eventId),
        commitmentId: str(a.filter.commitmentId),
        responsibleId: str(a.filter.responsibleId),
        statuses: list<G.AgreementStatus>(a.filter.statuses),
      },
      orderBy: orderBy(a.sort, { position: 'POSITION', status: 'STATUS' }),
    }),
    one: G.GetAgreementDocument,
    create: G.CreateAgreementDocument,
    update: G.UpdateAgreementDocument,
    remove: G.DeleteAgreementDocument,
    scope: (r) =>
      commitmentsScope(
        r.event?.commitments ?? [],
        r.session?.secretariat.exercise.state.id ?? r.event?.exercise.state.id,
        { namedIds: ids(r.responsible) },
      ),
    input: {
      ...sourced,
      sessionId: (r) => r.session?.id ?? null,
      eventId: (r) => r.event?.id ?? null,
      position: (r) => r.position,
      text: (r) => r.text,
      status: (r) => r.status,
      statusNote: (r) => r.statusNote,
      responsibleIds: (r) => ids(r.responsible),
    },
  }),
  secretariats: define({
    list: G.ListSecretariatsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { exerciseId: str(a.filter.exerciseId) },
      orderBy: orderBy(a.sort, { installedOn: 'INSTALLED_ON', name: 'NAME' }),
    }),
    one: G.GetSecretariatDocument,
    create: G.CreateSecretariatDocument,
    update: G.UpdateSecretariatDocument,
    remove: G.DeleteSecretariatDocument,
    scope: (r) => exerciseScope(r.exercise),
    input: {
      ...sourced,
      exerciseId: (r) => r.exercise.id,
      name: (r) => r.name,
      abbreviation: (r) => r.abbreviation,
      installedOn: (r) => r.installedOn,
      nationalOrder: (r) => r.nationalOrder,
      decisionRule: (r) => r.decisionRule,
      declaredSeats: (r) => r.declaredSeats?.map(({ sector, seats }) => ({ sector, seats })) ?? null,
    },
  }),
  posts: define({
    list: G.ListPostsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        secretariatId: str(a.filter.secretariatId),
        role: str(a.filter.role) as G.SeatRole | undefined,
        sector: str(a.filter.sector) as G.Sector | undefined,
        regionId: str(a.filter.regionId),
      },
      orderBy: orderBy(a.sort, { role: 'ROLE', label: 'LABEL' }),
    }),
    one: G.GetPostDocument,
    create: G.CreatePostDocument,
    update: G.UpdatePostDocument,
    remove: G.DeletePostDocument,
    scope: (r) => exerciseScope(r.secretariat.exercise),
    input: {
      ...sourced,
      secretariatId: (r) => r.secretariat.id,
      label: (r) => r.label,
      role: (r) => r.role,
      sector: (r) => r.sector,
      voting: (r) => r.voting,
      regionId: (r) => r.region?.id ?? null,
    },
  }),
  memberships: define({
    list: G.ListMembershipsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        secretariatId: str(a.filter.secretariatId),
        postId: str(a.filter.postId),
        personId: str(a.filter.personId),
        onBehalfOfId: str(a.filter.onBehalfOfId),
        heldOn: str(a.filter.heldOn),
      },
      orderBy: orderBy(a.sort, { startDate: 'START_DATE' }),
    }),
    one: G.GetMembershipDocument,
    create: G.CreateMembershipDocument,
    update: G.UpdateMembershipDocument,
    remove: G.DeleteMembershipDocument,
    scope: (r) => exerciseScope(r.post.secretariat.exercise),
    input: {
      ...sourced,
      postId: (r) => r.post.id,
      personId: (r) => r.person?.id ?? null,
      onBehalfOfId: (r) => r.onBehalfOf?.id ?? null,
      title: (r) => r.title,
      startDate: (r) => r.startDate,
      endDate: (r) => r.endDate,
      recordedUntil: (r) => r.recordedUntil,
    },
  }),
  sessions: define({
    list: G.ListSessionsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        exerciseId: str(a.filter.exerciseId),
        secretariatId: str(a.filter.secretariatId),
        type: str(a.filter.type) as G.SessionType | undefined,
        municipalityId: str(a.filter.municipalityId),
        regionId: str(a.filter.regionId),
        dateFrom: str(a.filter.dateFrom),
        dateTo: str(a.filter.dateTo),
      },
      orderBy: orderBy(a.sort, { date: 'DATE', number: 'NUMBER' }),
    }),
    one: G.GetSessionDocument,
    create: G.CreateSessionDocument,
    update: G.UpdateSessionDocument,
    remove: G.DeleteSessionDocument,
    scope: (r) => exerciseScope(r.secretariat.exercise),
    input: {
      ...sourced,
      secretariatId: (r) => r.secretariat.id,
      type: (r) => r.type,
      number: (r) => r.number,
      date: (r) => r.date,
      municipalityId: (r) => r.municipality?.id ?? null,
      municipalityInferred: (r) => r.municipalityInferred,
      venueId: (r) => r.venue?.id ?? null,
      summary: (r) => r.summary,
      convenedBy: (r) => r.convenedBy,
    },
  }),
  sessionAttendance: define<
    G.SessionAttendanceRecordFragment,
    G.SessionAttendanceRecordFragment,
    never,
    G.SessionAttendanceInput
  >({
    one: G.GetSessionAttendanceDocument,
    create: G.CreateSessionAttendanceDocument,
    update: G.UpdateSessionAttendanceDocument,
    remove: G.DeleteSessionAttendanceDocument,
    scope: (r) => exerciseScope(r.session.secretariat.exercise),
    input: {
      ...sourced,
      sessionId: (r) => r.session.id,
      postId: (r) => r.post?.id ?? null,
      organizationId: (r) => r.organization?.id ?? null,
      personId: (r) => r.person?.id ?? null,
      description: (r) => r.description,
    },
  }),
  organizations: define({
    list: G.ListOrganizationsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        search: str(a.filter.q),
        kinds: list<G.OrganizationKind>(a.filter.kinds),
        exerciseId: str(a.filter.exerciseId),
        parentId: str(a.filter.parentId),
      },
      orderBy: orderBy(a.sort, { name: 'NAME', kind: 'KIND' }),
    }),
    one: G.GetOrganizationDocument,
    create: G.CreateOrganizationDocument,
    update: G.UpdateOrganizationDocument,
    remove: G.DeleteOrganizationDocument,
    // The API does not expose an organisation's state: known only for municipal bodies.
    scope: (r) => ({ stateId: r.municipality?.state.id, responsibleIds: [], followerIds: [] }),
    input: {
      ...sourced,
      slug: (r) => r.slug,
      name: (r) => r.name,
      abbreviation: (r) => r.abbreviation,
      kind: (r) => r.kind,
      parentId: (r) => r.parent?.id ?? null,
      municipalityId: (r) => r.municipality?.id ?? null,
      stateId: () => undefined,
      foundingDate: (r) => r.foundingDate,
      dissolutionDate: (r) => r.dissolutionDate,
    },
  }),
  people: define({
    list: G.ListPeopleDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { search: str(a.filter.q), secretariatId: str(a.filter.secretariatId) },
      orderBy: orderBy(a.sort, { name: 'NAME' }),
    }),
    one: G.GetPersonDocument,
    create: G.CreatePersonDocument,
    update: G.UpdatePersonDocument,
    remove: G.DeletePersonDocument,
    scope: () => ({ stateId: undefined, responsibleIds: [], followerIds: [] }),
    input: { ...sourced, name: (r) => r.name, honorificPrefix: (r) => r.honorificPrefix, stateId: () => undefined },
  }),
  themes: define({
    list: G.ListThemesDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { exerciseId: str(a.filter.exerciseId) },
      orderBy: orderBy(a.sort, { name: 'NAME' }),
    }),
    one: G.GetThemeDocument,
    create: G.CreateThemeDocument,
    update: G.UpdateThemeDocument,
    remove: G.DeleteThemeDocument,
    scope: (r) => exerciseScope(r.exercise),
    input: { ...sourced, exerciseId: (r) => r.exercise.id, name: (r) => r.name },
  }),
  regions: define({
    list: G.ListRegionsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { stateId: str(a.filter.stateId), stateCode: str(a.filter.stateCode) },
      orderBy: orderBy(a.sort, { name: 'NAME' }),
    }),
    one: G.GetRegionDocument,
    create: G.CreateRegionDocument,
    update: G.UpdateRegionDocument,
    remove: G.DeleteRegionDocument,
    scope: (r) => ({ stateId: r.state.id, responsibleIds: [], followerIds: [] }),
    input: {
      ...sourced,
      stateId: (r) => r.state.id,
      name: (r) => r.name,
      seatMunicipalityId: (r) => r.seat?.id ?? null,
    },
  }),
  venues: define({
    list: G.ListVenuesDocument,
    listVars: (a) => ({
      ...page(a),
      filter: { search: str(a.filter.q), municipalityId: str(a.filter.municipalityId) },
      orderBy: orderBy(a.sort, { name: 'NAME' }),
    }),
    one: G.GetVenueDocument,
    create: G.CreateVenueDocument,
    update: G.UpdateVenueDocument,
    remove: G.DeleteVenueDocument,
    scope: (r) => ({ stateId: r.municipality.state.id, responsibleIds: [], followerIds: [] }),
    input: { ...sourced, municipalityId: (r) => r.municipality.id, name: (r) => r.name },
  }),
  evaluations: define({
    list: G.ListEvaluationsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        exerciseId: str(a.filter.exerciseId),
        planId: str(a.filter.planId),
        evaluatorId: str(a.filter.evaluatorId),
      },
      orderBy: orderBy(a.sort, { presentedOn: 'PRESENTED_ON' }),
    }),
    one: G.GetEvaluationDocument,
    create: G.CreateEvaluationDocument,
    update: G.UpdateEvaluationDocument,
    remove: G.DeleteEvaluationDocument,
    scope: (r) => exerciseScope(r.plan.exercise),
    input: {
      ...sourced,
      planId: (r) => r.plan.id,
      evaluatorId: (r) => r.evaluator.id,
      title: (r) => r.title,
      presentedOn: (r) => r.presentedOn,
      presentedAtEventId: (r) => r.presentedAt?.id ?? null,
      scoresNote: (r) => r.scoresNote,
    },
  }),
  evaluationCriteria: define({
    list: G.ListEvaluationCriteriaDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        evaluationId: str(a.filter.evaluationId),
        dimension: str(a.filter.dimension) as G.CriterionDimension | undefined,
      },
      orderBy: orderBy(a.sort, { position: 'POSITION', code: 'CODE' }),
    }),
    one: G.GetEvaluationCriterionDocument,
    create: G.CreateEvaluationCriterionDocument,
    update: G.UpdateEvaluationCriterionDocument,
    remove: G.DeleteEvaluationCriterionDocument,
    scope: (r) => exerciseScope(r.evaluation.plan.exercise),
    input: {
      ...sourced,
      evaluationId: (r) => r.evaluation.id,
      code: (r) => r.code,
      label: (r) => r.label,
      dimension: (r) => r.dimension,
      position: (r) => r.position,
      question: (r) => r.question,
    },
  }),
  recommendations: define({
    list: G.ListRecommendationsDocument,
    listVars: (a) => ({
      ...page(a),
      filter: {
        exerciseId: str(a.filter.exerciseId),
        evaluationId: str(a.filter.evaluationId),
        kinds: list<G.RecommendationKind>(a.filter.kinds),
      },
      orderBy: orderBy(a.sort, { position: 'POSITION', kind: 'KIND' }),
    }),
    one: G.GetRecommendationDocument,
    create: G.CreateRecommendationDocument,
    update: G.UpdateRecommendationDocument,
    remove: G.DeleteRecommendationDocument,
    scope: (r) => exerciseScope(r.exercise, { recommendationKind: r.kind }),
    input: {
      ...sourced,
      exerciseId: (r) => r.exercise.id,
      evaluationId: (r) => r.evaluation?.id ?? null,
      kind: (r) => r.kind,
      position: (r) => r.position,
      text: (r) => r.text,
      issuedOn: (r) => r.issuedOn,
      issuedById: (r) => r.issuedBy?.id ?? null,
      issuedByPersonId: (r) => r.issuedByPerson?.id ?? null,
    },
  }),
  municipalities: define({
    list: G.ListMunicipalitiesDocument,
    listVars: (a) => ({
      ...pageOf(a),
      filter: {
        search: str(a.filter.q),
        stateId: str(a.filter.stateId),
        stateCode: str(a.filter.stateCode),
        regionId: str(a.filter.regionId),
        timeZone: str(a.filter.timeZone),
      },
      orderBy: orderBy(a.sort, { cvegeo: 'CVEGEO', name: 'NAME' }),
    }),
    one: G.GetMunicipalityDocument,
  }),
  states: define({
    list: G.ListStatesDocument,
    listVars: (a) => ({
      ...pageOf(a),
      filter: { search: str(a.filter.q) },
      orderBy: orderBy(a.sort, { inegiKey: 'INEGI_KEY', code: 'CODE', name: 'NAME' }),
    }),
    one: G.GetStateDocument,
  }),
  sourceDocuments: define({
    list: G.ListSourceDocumentsDocument,
    listVars: (a) => ({
      ...pageOf(a),
      filter: { search: str(a.filter.q) },
      orderBy: orderBy(a.sort, { key: 'KEY', title: 'TITLE' }),
    }),
    one: G.GetSourceDocumentDocument,
  }),
};
