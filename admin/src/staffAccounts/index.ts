import Icon from '@mui/icons-material/AccountCircle';
import { lazy } from 'react';

/** Staff accounts the signed-in admin administers: create, disable, enable (no other edits in the API). */
export default {
  list: lazy(() => import('./StaffAccountList')),
  show: lazy(() => import('./StaffAccountShow')),
  create: lazy(() => import('./StaffAccountCreate')),
  icon: Icon,
  recordRepresentation: (record: { displayName: string; email: string }) => `${record.displayName} <${record.email}>`,
};
