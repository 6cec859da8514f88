import Icon from '@mui/icons-material/Badge';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./MembershipList')),
  show: lazy(() => import('./MembershipShow')),
  create: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipCreate }))),
  edit: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipEdit }))),
  icon: Icon,
  // The person is null when the source names only the body holding the seat (onBehalfOf).
  recordRepresentation: (record: {
    person: { name: string } | null;
    onBehalfOf?: { name: string } | null;
    post: { label: string };
  }) => `${record.person?.name ?? record.onBehalfOf?.name ?? ''} · ${record.post.label}`,
};
