import Icon from '@mui/icons-material/Assignment';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes actionPlans (see providers/resourceSpec.ts). */
const data = define({
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
  kind: 'ActionPlan',
  restore: G.RestoreActionPlanDocument,
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
});

const views = {
  list: lazy(() => import('./PlanList')),
  show: lazy(() => import('./PlanShow')),
  create: lazy(() => import('./PlanForm').then((m) => ({ default: m.PlanCreate }))),
  edit: lazy(() => import('./PlanForm').then((m) => ({ default: m.PlanEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};

export default defineResource({
  name: 'actionPlans',
  menu: { group: 'plan', position: 2 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Plan de acción |||| Planes de acción',
      empty: 'Aún no hay planes de acción. Crea el Plan de Acción Local del ejercicio.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        exerciseId: 'Ejercicio',
        exercise: 'Ejercicio',
        title: 'Título',
        startYear: 'Año de inicio',
        endYear: 'Año de término',
        period: 'Periodo',
        agreedOn: 'Acordado el',
        agreedAtSessionId: 'Sesión que lo acordó',
        signedOn: 'Firmado el',
        publishedOn: 'Publicado el',
        publishedIn: 'Publicado en',
        workStartOn: 'Inicio de los trabajos',
        methodology: 'Metodología',
        commitments: 'Compromisos',
        pagesDelivered: 'Fojas entregadas',
      },
    },
    en: {
      name: 'Action plan |||| Action plans',
      empty: "No action plans yet. Create the exercise's Local Action Plan.",
      fields: {
        ...SOURCED_FIELDS.en,
        exerciseId: 'Exercise',
        exercise: 'Exercise',
        title: 'Title',
        startYear: 'First year',
        endYear: 'Last year',
        period: 'Period',
        agreedOn: 'Agreed on',
        agreedAtSessionId: 'Session that agreed it',
        signedOn: 'Signed on',
        publishedOn: 'Published on',
        publishedIn: 'Published in',
        workStartOn: 'Work started on',
        methodology: 'Methodology',
        commitments: 'Commitments',
        pagesDelivered: 'Pages delivered',
      },
    },
  },
});
