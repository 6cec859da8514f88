import Icon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./SecretariatList')),
  show: lazy(() => import('./SecretariatShow')),
  create: lazy(() => import('./SecretariatForm').then((m) => ({ default: m.SecretariatCreate }))),
  edit: lazy(() => import('./SecretariatForm').then((m) => ({ default: m.SecretariatEdit }))),
  icon: Icon,
  recordRepresentation: 'name',
};
