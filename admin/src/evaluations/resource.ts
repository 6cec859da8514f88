import Icon from '@mui/icons-material/Assessment';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes evaluations (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListEvaluationsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      evaluatorId: str(a.filter.evaluatorId),
    },
    orderBy: orderBy(a.sort, { presentedOn: 'PRESENTED_ON' }),
  }),
  one: G.GetEvaluationDocument,
  create: G.CreateEvaluationDocument,
  update: G.UpdateEvaluationDocument,
  remove: G.DeleteEvaluationDocument,
  kind: 'Evaluation',
  restore: G.RestoreEvaluationDocument,
  input: {
    ...sourced,
    planId: (r) => r.plan.id,
    evaluatorId: (r) => r.evaluator.id,
    title: (r) => r.title,
    presentedOn: (r) => r.presentedOn,
    presentedAtEventId: (r) => r.presentedAt?.id ?? null,
    scoresNote: (r) => r.scoresNote,
  },
});

const views = {
  list: lazy(() => import('./EvaluationList')),
  show: lazy(() => import('./EvaluationShow')),
  create: lazy(() => import('./EvaluationForm').then((m) => ({ default: m.EvaluationCreate }))),
  edit: lazy(() => import('./EvaluationForm').then((m) => ({ default: m.EvaluationEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};

export default defineResource({
  name: 'evaluations',
  menu: { group: 'evaluation', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Evaluación |||| Evaluaciones',
      empty: 'Aún no hay evaluaciones. El evaluador nacional registra la evaluación de cada plan.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        planId: 'Plan evaluado',
        plan: 'Plan evaluado',
        evaluatorId: 'Evaluador',
        evaluator: 'Evaluador',
        title: 'Título',
        presentedOn: 'Presentada el',
        presentedAtEventId: 'Evento de presentación',
        presentedAt: 'Evento de presentación',
        scoresNote: 'Qué se sabe de los puntajes',
        criteria: 'Criterios de la rúbrica',
        recommendations: 'Recomendaciones',
        rubric: 'Rúbrica',
        exerciseId: 'Ejercicio',
      },
    },
    en: {
      name: 'Evaluation |||| Evaluations',
      empty: 'No evaluations yet. The national evaluator records the evaluation of each plan.',
      fields: {
        ...SOURCED_FIELDS.en,
        planId: 'Plan evaluated',
        plan: 'Plan evaluated',
        evaluatorId: 'Evaluator',
        evaluator: 'Evaluator',
        title: 'Title',
        presentedOn: 'Presented on',
        presentedAtEventId: 'Presentation event',
        presentedAt: 'Presentation event',
        scoresNote: 'What is known of the scores',
        criteria: 'Rubric criteria',
        recommendations: 'Recommendations',
        rubric: 'Rubric',
        exerciseId: 'Exercise',
      },
    },
  },
});
