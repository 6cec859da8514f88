import Icon from '@mui/icons-material/Description';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./DeliveryList')),
  show: lazy(() => import('./DeliveryShow')),
  create: lazy(() => import('./DeliveryForm').then((m) => ({ default: m.DeliveryCreate }))),
  edit: lazy(() => import('./DeliveryForm').then((m) => ({ default: m.DeliveryEdit }))),
  icon: Icon,
  recordRepresentation: 'description',
};
