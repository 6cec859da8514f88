import Icon from '@mui/icons-material/Article';
import { lazy } from 'react';

/** The documents records come from: read-only here (the seed loads them). */
export default {
  list: lazy(() => import('./SourceDocumentList')),
  show: lazy(() => import('./SourceDocumentShow')),
  icon: Icon,
  recordRepresentation: 'title',
};
