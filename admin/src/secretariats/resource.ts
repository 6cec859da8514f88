import Icon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes secretariats (see providers/resourceSpec.ts). */
const data = define({
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

const views = {
  list: lazy(() => import('./SecretariatList')),
  show: lazy(() => import('./SecretariatShow')),
  create: lazy(() => import('./SecretariatForm').then((m) => ({ default: m.SecretariatCreate }))),
  edit: lazy(() => import('./SecretariatForm').then((m) => ({ default: m.SecretariatEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};

export default defineResource({
  name: 'secretariats',
  menu: { group: 'secretariat', position: 2 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Secretariado Técnico |||| Secretariados Técnicos',
      empty: 'Aún no hay Secretariado. El instituto lo registra al instalarse.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        exerciseId: 'Ejercicio',
        exercise: 'Ejercicio',
        name: 'Nombre',
        abbreviation: 'Siglas',
        installedOn: 'Instalado el',
        nationalOrder: 'Orden de instalación en el país',
        decisionRule: 'Cómo toma decisiones',
        declaredSeats: 'Lugares declarados por sector',
        sector: 'Sector',
        seats: 'Lugares declarados',
        timeline: 'Integrantes en el tiempo',
      },
    },
    en: {
      name: 'Technical Secretariat |||| Technical Secretariats',
      empty: 'No Secretariat yet. The institute records it when it is installed.',
      fields: {
        ...SOURCED_FIELDS.en,
        exerciseId: 'Exercise',
        exercise: 'Exercise',
        name: 'Name',
        abbreviation: 'Abbreviation',
        installedOn: 'Installed on',
        nationalOrder: 'Order of installation in the country',
        decisionRule: 'How it decides',
        declaredSeats: 'Seats declared per sector',
        sector: 'Sector',
        seats: 'Declared seats',
        timeline: 'Members over time',
      },
    },
  },
});
