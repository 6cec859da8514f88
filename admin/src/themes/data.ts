import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes themes (see providers/resourceSpec.ts). */
export default define({
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
  kind: 'Theme',
  restore: G.RestoreThemeDocument,
  input: { ...sourced, exerciseId: (r) => r.exercise.id, name: (r) => r.name },
});
