import Icon from '@mui/icons-material/LocationCity';
import { lazy } from 'react';

/** INEGI's municipalities: reference data, read-only. */
export default {
  list: lazy(() => import('./MunicipalityList')),
  show: lazy(() => import('./MunicipalityShow')),
  icon: Icon,
  recordRepresentation: (record: { name: string; cvegeo: string }) => `${record.name} (${record.cvegeo})`,
};
