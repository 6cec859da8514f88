import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes posts (see providers/resourceSpec.ts). */
export default define({
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
  kind: 'Post',
  restore: G.RestorePostDocument,
  input: {
    ...sourced,
    secretariatId: (r) => r.secretariat.id,
    label: (r) => r.label,
    role: (r) => r.role,
    sector: (r) => r.sector,
    voting: (r) => r.voting,
    regionId: (r) => r.region?.id ?? null,
  },
});
