import Icon from '@mui/icons-material/Assignment';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./PlanList')),
  show: lazy(() => import('./PlanShow')),
  create: lazy(() => import('./PlanForm').then((m) => ({ default: m.PlanCreate }))),
  edit: lazy(() => import('./PlanForm').then((m) => ({ default: m.PlanEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};
