import Icon from '@mui/icons-material/Map';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./RegionList')),
  show: lazy(() => import('./RegionShow')),
  create: lazy(() => import('./RegionForm').then((m) => ({ default: m.RegionCreate }))),
  edit: lazy(() => import('./RegionForm').then((m) => ({ default: m.RegionEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};
