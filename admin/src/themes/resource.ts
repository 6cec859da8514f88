import Icon from '@mui/icons-material/Topic';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes themes (see providers/resourceSpec.ts). */
const data = define({
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

const views = {
  list: lazy(() => import('./ThemeList')),
  show: lazy(() => import('./ThemeShow')),
  create: lazy(() => import('./ThemeForm').then((m) => ({ default: m.ThemeCreate }))),
  edit: lazy(() => import('./ThemeForm').then((m) => ({ default: m.ThemeEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};

export default defineResource({
  name: 'themes',
  menu: { group: 'plan', position: 3 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Tema |||| Temas',
      empty: 'Aún no hay temas. Registra los temas de las mesas de trabajo.',
      fields: { ...SOURCED_FIELDS['es-MX'], exerciseId: 'Ejercicio', exercise: 'Ejercicio', name: 'Nombre' },
    },
    en: {
      name: 'Theme |||| Themes',
      empty: 'No themes yet. Record the themes of the working tables.',
      fields: { ...SOURCED_FIELDS.en, exerciseId: 'Exercise', exercise: 'Exercise', name: 'Name' },
    },
  },
});
