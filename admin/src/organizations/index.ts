import Icon from '@mui/icons-material/Category';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./OrganizationList')),
  show: lazy(() => import('./OrganizationShow')),
  create: lazy(() => import('./OrganizationForm').then((m) => ({ default: m.OrganizationCreate }))),
  edit: lazy(() => import('./OrganizationForm').then((m) => ({ default: m.OrganizationEdit }))),
  icon: Icon,
  recordRepresentation: (record: { name: string; abbreviation: string | null }) =>
    record.abbreviation ? `${record.abbreviation} — ${record.name}` : record.name,
};
