import Icon from '@mui/icons-material/Public';
import { lazy } from 'react';

/** Mexico's states, by ISO 3166-2 and INEGI keys: reference data, read-only. */
export default {
  list: lazy(() => import('./StateList')),
  show: lazy(() => import('./StateShow')),
  icon: Icon,
  recordRepresentation: 'name',
};
