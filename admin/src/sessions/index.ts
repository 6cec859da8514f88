import Icon from '@mui/icons-material/Groups';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./SessionList')),
  show: lazy(() => import('./SessionShow')),
  create: lazy(() => import('./SessionForm').then((m) => ({ default: m.SessionCreate }))),
  edit: lazy(() => import('./SessionForm').then((m) => ({ default: m.SessionEdit }))),
  icon: Icon,
  recordRepresentation: (record: { type: string; number: number; date: string }) =>
    `${record.type === 'ORDINARY' ? 'Ordinaria' : 'Extraordinaria'} ${record.number} (${record.date})`,
};
