import Icon from '@mui/icons-material/Help';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./RequestList')),
  show: lazy(() => import('./RequestShow')),
  create: lazy(() => import('./RequestForm').then((m) => ({ default: m.RequestCreate }))),
  edit: lazy(() => import('./RequestForm').then((m) => ({ default: m.RequestEdit }))),
  icon: Icon,
  recordRepresentation: 'subject',
};
