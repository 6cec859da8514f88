import Icon from '@mui/icons-material/Badge';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./MembershipList')),
  show: lazy(() => import('./MembershipShow')),
  create: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipCreate }))),
  edit: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipEdit }))),
  icon: Icon,
  recordRepresentation: (record: { person: { name: string }; post: { label: string } }) => `${record.person.name} · ${record.post.label}`,
};
