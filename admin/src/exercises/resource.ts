import Icon from '@mui/icons-material/Public';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { bool, define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes exercises (see providers/resourceSpec.ts). */
const data = define({
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
  kind: 'Exercise',
  restore: G.RestoreExerciseDocument,
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
});

const views = {
  list: lazy(() => import('./ExerciseList')),
  show: lazy(() => import('./ExerciseShow')),
  create: lazy(() => import('./ExerciseForm').then((m) => ({ default: m.ExerciseCreate }))),
  edit: lazy(() => import('./ExerciseForm').then((m) => ({ default: m.ExerciseEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};

export default defineResource({
  name: 'exercises',
  menu: { group: 'plan', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Ejercicio |||| Ejercicios',
      empty: 'Aún no hay ejercicios. El instituto crea el ejercicio de su estado.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        slug: 'Clave para direcciones',
        title: 'Título',
        description: 'Descripción',
        stateId: 'Estado',
        state: 'Estado',
        startDate: 'Inicio',
        endDate: 'Fin',
        jointDeclarationOn: 'Firma de la declaratoria conjunta',
        reportedStatus: 'Estatus que reporta la fuente',
        isDemo: 'Datos de demostración',
        isSynthetic: 'Datos sintéticos',
        evaluatorId: 'Evaluador nacional',
        guarantorId: 'Órgano garante',
        localAuthorityId: 'Autoridad local',
        evaluator: 'Evaluador nacional',
        guarantor: 'Órgano garante',
        localAuthority: 'Autoridad local',
        q: 'Buscar por título',
        statistics: 'Cifras',
        pagesDelivered: 'Fojas entregadas',
      },
    },
    en: {
      name: 'Exercise |||| Exercises',
      empty: "No exercises yet. The institute creates its state's exercise.",
      fields: {
        ...SOURCED_FIELDS.en,
        slug: 'URL key',
        title: 'Title',
        description: 'Description',
        stateId: 'State',
        state: 'State',
        startDate: 'Start',
        endDate: 'End',
        jointDeclarationOn: 'Joint declaration signed',
        reportedStatus: 'Stage reported by the source',
        isDemo: 'Demonstration data',
        isSynthetic: 'Synthetic data',
        evaluatorId: 'National evaluator',
        guarantorId: 'Guarantor body',
        localAuthorityId: 'Local authority',
        evaluator: 'National evaluator',
        guarantor: 'Guarantor body',
        localAuthority: 'Local authority',
        q: 'Search by title',
        statistics: 'Figures',
        pagesDelivered: 'Pages delivered',
      },
    },
  },
});
