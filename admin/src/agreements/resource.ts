import Icon from '@mui/icons-material/Handshake';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, ids, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes agreements (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListAgreementsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      sessionId: str(a.filter.sessionId),
      eventId: str(a.filter.eventId),
      commitmentId: str(a.filter.commitmentId),
      responsibleId: str(a.filter.responsibleId),
      statuses: list<G.AgreementStatus>(a.filter.statuses),
    },
    orderBy: orderBy(a.sort, { position: 'POSITION', status: 'STATUS' }),
  }),
  one: G.GetAgreementDocument,
  create: G.CreateAgreementDocument,
  update: G.UpdateAgreementDocument,
  remove: G.DeleteAgreementDocument,
  kind: 'Agreement',
  restore: G.RestoreAgreementDocument,
  input: {
    ...sourced,
    sessionId: (r) => r.session?.id ?? null,
    eventId: (r) => r.event?.id ?? null,
    position: (r) => r.position,
    text: (r) => r.text,
    status: (r) => r.status,
    statusNote: (r) => r.statusNote,
    responsibleIds: (r) => ids(r.responsible),
  },
});

const views = {
  list: lazy(() => import('./AgreementList')),
  show: lazy(() => import('./AgreementShow')),
  create: lazy(() => import('./AgreementForm').then((m) => ({ default: m.AgreementCreate }))),
  edit: lazy(() => import('./AgreementForm').then((m) => ({ default: m.AgreementEdit }))),
  icon: Icon,
  recordRepresentation: (record: { position: number; text: string }) =>
    `${record.position}. ${record.text.length > 80 ? `${record.text.slice(0, 80)}…` : record.text}`,
};

export default defineResource({
  name: 'agreements',
  menu: { group: 'work', position: 6 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Acuerdo |||| Acuerdos',
      empty: 'No hay acuerdos con estos filtros. Se registran en la sesión o la reunión que los tomó.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        sessionId: 'Sesión',
        session: 'Sesión',
        eventId: 'Reunión',
        event: 'Reunión',
        takenAt: 'Tomado en',
        position: 'Número',
        text: 'Qué se acordó',
        status: 'Seguimiento',
        statuses: 'Seguimiento',
        statusNote: 'En qué se basa el seguimiento',
        responsibleIds: 'Responsables',
        responsible: 'Responsables',
        responsibleId: 'Responsable',
        commitmentId: 'Compromiso',
        exerciseId: 'Ejercicio',
      },
    },
    en: {
      name: 'Agreement |||| Agreements',
      empty: 'No agreements match these filters. They are recorded on the session or meeting that took them.',
      fields: {
        ...SOURCED_FIELDS.en,
        sessionId: 'Session',
        session: 'Session',
        eventId: 'Meeting',
        event: 'Meeting',
        takenAt: 'Taken at',
        position: 'Number',
        text: 'What was agreed',
        status: 'Follow-up',
        statuses: 'Follow-up',
        statusNote: 'What the follow-up rests on',
        responsibleIds: 'Responsible',
        responsible: 'Responsible',
        responsibleId: 'Responsible',
        commitmentId: 'Commitment',
        exerciseId: 'Exercise',
      },
    },
  },
});
