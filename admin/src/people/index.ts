import Icon from '@mui/icons-material/Person';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./PersonList')),
  show: lazy(() => import('./PersonShow')),
  create: lazy(() => import('./PersonForm').then((m) => ({ default: m.PersonCreate }))),
  edit: lazy(() => import('./PersonForm').then((m) => ({ default: m.PersonEdit }))),
  icon: Icon,
  recordRepresentation: (record: { name: string; honorificPrefix: string | null }) =>
    [record.honorificPrefix, record.name].filter(Boolean).join(' '),
};
