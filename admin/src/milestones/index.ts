import Icon from '@mui/icons-material/OutlinedFlag';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./MilestoneList')),
  show: lazy(() => import('./MilestoneShow')),
  create: lazy(() => import('./MilestoneForm').then((m) => ({ default: m.MilestoneCreate }))),
  edit: lazy(() => import('./MilestoneForm').then((m) => ({ default: m.MilestoneEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; title: string }) => `${record.position}. ${record.title}`,
};
