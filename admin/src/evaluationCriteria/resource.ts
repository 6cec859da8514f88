import Icon from '@mui/icons-material/Rule';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes evaluationCriteria (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListEvaluationCriteriaDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      evaluationId: str(a.filter.evaluationId),
      dimension: str(a.filter.dimension) as G.CriterionDimension | undefined,
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', code: 'CODE' }),
  }),
  one: G.GetEvaluationCriterionDocument,
  create: G.CreateEvaluationCriterionDocument,
  update: G.UpdateEvaluationCriterionDocument,
  remove: G.DeleteEvaluationCriterionDocument,
  kind: 'EvaluationCriterion',
  restore: G.RestoreEvaluationCriterionDocument,
  input: {
    ...sourced,
    evaluationId: (r) => r.evaluation.id,
    code: (r) => r.code,
    label: (r) => r.label,
    dimension: (r) => r.dimension,
    position: (r) => r.position,
    question: (r) => r.question,
  },
});

const views = {
  list: lazy(() => import('./CriterionList')),
  show: lazy(() => import('./CriterionShow')),
  create: lazy(() => import('./CriterionForm').then((m) => ({ default: m.CriterionCreate }))),
  edit: lazy(() => import('./CriterionForm').then((m) => ({ default: m.CriterionEdit }))),
  icon: Icon,
  recordRepresentation: (record: { code: string; label: string }) => `${record.code} · ${record.label}`,
};

export default defineResource({
  name: 'evaluationCriteria',
  menu: { group: 'evaluation', position: 2 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Criterio de evaluación |||| Criterios de evaluación',
      empty: 'Aún no hay criterios. Agrega los criterios de calidad y relevancia de la rúbrica.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        evaluationId: 'Evaluación',
        evaluation: 'Evaluación',
        code: 'Clave',
        label: 'Nombre corto',
        dimension: 'Dimensión',
        position: 'Orden',
        question: 'Pregunta',
      },
    },
    en: {
      name: 'Evaluation criterion |||| Evaluation criteria',
      empty: 'No criteria yet. Add the quality and relevance criteria of the rubric.',
      fields: {
        ...SOURCED_FIELDS.en,
        evaluationId: 'Evaluation',
        evaluation: 'Evaluation',
        code: 'Code',
        label: 'Short label',
        dimension: 'Dimension',
        position: 'Order',
        question: 'Question',
      },
    },
  },
});
