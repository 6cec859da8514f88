import Icon from '@mui/icons-material/Public';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ExerciseList')),
  show: lazy(() => import('./ExerciseShow')),
  create: lazy(() => import('./ExerciseForm').then((m) => ({ default: m.ExerciseCreate }))),
  edit: lazy(() => import('./ExerciseForm').then((m) => ({ default: m.ExerciseEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};
