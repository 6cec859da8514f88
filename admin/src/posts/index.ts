import Icon from '@mui/icons-material/EventSeat';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./PostList')),
  show: lazy(() => import('./PostShow')),
  create: lazy(() => import('./PostForm').then((m) => ({ default: m.PostCreate }))),
  edit: lazy(() => import('./PostForm').then((m) => ({ default: m.PostEdit }))),
  icon: Icon,
  recordRepresentation: 'label',
};
