import Icon from '@mui/icons-material/Rule';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./CriterionList')),
  show: lazy(() => import('./CriterionShow')),
  create: lazy(() => import('./CriterionForm').then((m) => ({ default: m.CriterionCreate }))),
  edit: lazy(() => import('./CriterionForm').then((m) => ({ default: m.CriterionEdit }))),
  icon: Icon,
  recordRepresentation: (record: { code: string; label: string }) => `${record.code} · ${record.label}`,
};
