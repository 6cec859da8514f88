import Icon from '@mui/icons-material/Flag';
import { lazy } from 'react';
import { commitmentLabel } from './labels';

export default {
  list: lazy(() => import('./CommitmentList')),
  show: lazy(() => import('./CommitmentShow')),
  create: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentCreate }))),
  edit: lazy(() => import('./CommitmentForm').then((m) => ({ default: m.CommitmentEdit }))),
  icon: Icon,
  recordRepresentation: commitmentLabel,
};
