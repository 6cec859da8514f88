import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes memberships (see providers/resourceSpec.ts). */
export default define({
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
  kind: 'Membership',
  restore: G.RestoreMembershipDocument,
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
});
