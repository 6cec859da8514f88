import * as G from '../generated/graphql';
import { bool, define, ids, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { commitmentsScope } from '../providers/scope';

/** How the data provider lists, reads and writes events (see providers/resourceSpec.ts). */
export default define({
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
});
