import Icon from '@mui/icons-material/AccountCircle';
import { lazy } from 'react';

/** Staff accounts the signed-in admin administers: invite or create, edit, reset a password, disable, enable. */
export default {
  list: lazy(() => import('./StaffAccountList')),
  show: lazy(() => import('./StaffAccountShow')),
  create: lazy(() => import('./StaffAccountCreate')),
  edit: lazy(() => import('./StaffAccountEdit')),
  icon: Icon,
  recordRepresentation: (record: { displayName: string; email: string }) => `${record.displayName} <${record.email}>`,
};
