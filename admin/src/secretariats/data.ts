import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes secretariats (see providers/resourceSpec.ts). */
export default define({
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
  kind: 'Secretariat',
  restore: G.RestoreSecretariatDocument,
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
});
