import Icon from '@mui/icons-material/Assessment';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./EvaluationList')),
  show: lazy(() => import('./EvaluationShow')),
  create: lazy(() => import('./EvaluationForm').then((m) => ({ default: m.EvaluationCreate }))),
  edit: lazy(() => import('./EvaluationForm').then((m) => ({ default: m.EvaluationEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};
