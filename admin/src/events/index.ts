import Icon from '@mui/icons-material/Event';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./EventList')),
  show: lazy(() => import('./EventShow')),
  create: lazy(() => import('./EventForm').then((m) => ({ default: m.EventCreate }))),
  edit: lazy(() => import('./EventForm').then((m) => ({ default: m.EventEdit }))),
  icon: Icon,
  recordRepresentation: 'title',
};
