import Icon from '@mui/icons-material/Lightbulb';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./RecommendationList')),
  show: lazy(() => import('./RecommendationShow')),
  create: lazy(() => import('./RecommendationForm').then((m) => ({ default: m.RecommendationCreate }))),
  edit: lazy(() => import('./RecommendationForm').then((m) => ({ default: m.RecommendationEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; text: string }) =>
    `${record.position}. ${record.text.length > 80 ? `${record.text.slice(0, 80)}…` : record.text}`,
};
