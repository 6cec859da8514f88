import Icon from '@mui/icons-material/Lightbulb';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes recommendations (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListRecommendationsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      evaluationId: str(a.filter.evaluationId),
      kinds: list<G.RecommendationKind>(a.filter.kinds),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', kind: 'KIND' }),
  }),
  one: G.GetRecommendationDocument,
  create: G.CreateRecommendationDocument,
  update: G.UpdateRecommendationDocument,
  remove: G.DeleteRecommendationDocument,
  kind: 'Recommendation',
  restore: G.RestoreRecommendationDocument,
  input: {
    ...sourced,
    exerciseId: (r) => r.exercise.id,
    evaluationId: (r) => r.evaluation?.id ?? null,
    kind: (r) => r.kind,
    position: (r) => r.position,
    text: (r) => r.text,
    issuedOn: (r) => r.issuedOn,
    issuedById: (r) => r.issuedBy?.id ?? null,
    issuedByPersonId: (r) => r.issuedByPerson?.id ?? null,
  },
});

const views = {
  list: lazy(() => import('./RecommendationList')),
  show: lazy(() => import('./RecommendationShow')),
  create: lazy(() => import('./RecommendationForm').then((m) => ({ default: m.RecommendationCreate }))),
  edit: lazy(() => import('./RecommendationForm').then((m) => ({ default: m.RecommendationEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; text: string }) =>
    `${record.position}. ${record.text.length > 80 ? `${record.text.slice(0, 80)}…` : record.text}`,
};

export default defineResource({
  name: 'recommendations',
  menu: { group: 'evaluation', position: 3 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Recomendación |||| Recomendaciones',
      empty: 'Aún no hay recomendaciones.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        exerciseId: 'Ejercicio',
        exercise: 'Ejercicio',
        evaluationId: 'Evaluación de la que surge',
        evaluation: 'Evaluación',
        kind: 'Tipo',
        kinds: 'Tipos',
        position: 'Orden',
        text: 'Recomendación',
        issuedOn: 'Emitida el',
        issuedById: 'Emitida por (organización)',
        issuedBy: 'Emitida por',
        issuedByPersonId: 'Emitida por (persona)',
        issuedByPerson: 'Persona',
      },
    },
    en: {
      name: 'Recommendation |||| Recommendations',
      empty: 'No recommendations yet.',
      fields: {
        ...SOURCED_FIELDS.en,
        exerciseId: 'Exercise',
        exercise: 'Exercise',
        evaluationId: 'Evaluation it arose from',
        evaluation: 'Evaluation',
        kind: 'Kind',
        kinds: 'Kinds',
        position: 'Order',
        text: 'Recommendation',
        issuedOn: 'Issued on',
        issuedById: 'Issued by (organisation)',
        issuedBy: 'Issued by',
        issuedByPersonId: 'Issued by (person)',
        issuedByPerson: 'Person',
      },
    },
  },
});
