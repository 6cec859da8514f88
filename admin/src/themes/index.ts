import Icon from '@mui/icons-material/Topic';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./ThemeList')),
  show: lazy(() => import('./ThemeShow')),
  create: lazy(() => import('./ThemeForm').then((m) => ({ default: m.ThemeCreate }))),
  edit: lazy(() => import('./ThemeForm').then((m) => ({ default: m.ThemeEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};
