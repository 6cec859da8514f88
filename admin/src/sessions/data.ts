import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes sessions (see providers/resourceSpec.ts). */
export default define({
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
  kind: 'Session',
  restore: G.RestoreSessionDocument,
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
});
