import Icon from '@mui/icons-material/Flag';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./CommitmentList')),
  show: lazy(() => import('./CommitmentShow')),
  create: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentCreate }))),
  edit: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentEdit }))),
  icon: Icon,
  recordRepresentation: (record: { number: number | null; title: string }) =>
    record.number != null ? `${record.number}. ${record.title}` : record.title,
};
