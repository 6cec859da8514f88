import Icon from '@mui/icons-material/HowToReg';
import { lazy } from 'react';

/** Who attended a session: created and edited from the session's page (no list of its own). */
export default {
  create: lazy(() => import('./SessionAttendanceForm').then((m) => ({ default: m.SessionAttendanceCreate }))),
  edit: lazy(() => import('./SessionAttendanceForm').then((m) => ({ default: m.SessionAttendanceEdit }))),
  icon: Icon,
};
