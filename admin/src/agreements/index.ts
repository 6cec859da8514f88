import Icon from '@mui/icons-material/Handshake';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./AgreementList')),
  show: lazy(() => import('./AgreementShow')),
  create: lazy(() => import('./AgreementForm').then((m) => ({ default: m.AgreementCreate }))),
  edit: lazy(() => import('./AgreementForm').then((m) => ({ default: m.AgreementEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; text: string }) =>
    `${record.position}. ${record.text.length > 80 ? `${record.text.slice(0, 80)}…` : record.text}`,
};
