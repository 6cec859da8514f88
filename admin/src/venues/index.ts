import Icon from '@mui/icons-material/Place';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./VenueList')),
  show: lazy(() => import('./VenueShow')),
  create: lazy(() => import('./VenueForm').then((m) => ({ default: m.VenueCreate }))),
  edit: lazy(() => import('./VenueForm').then((m) => ({ default: m.VenueEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};
