import Icon from '@mui/icons-material/Help';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, list, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes informationRequests (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListInformationRequestsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      commitmentId: str(a.filter.commitmentId),
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      recipientId: str(a.filter.recipientId),
      responses: list<G.RequestResponse>(a.filter.responses),
    },
    orderBy: orderBy(a.sort, { requestedOn: 'REQUESTED_ON', subject: 'SUBJECT' }),
  }),
  one: G.GetInformationRequestDocument,
  create: G.CreateInformationRequestDocument,
  update: G.UpdateInformationRequestDocument,
  remove: G.DeleteInformationRequestDocument,
  kind: 'InformationRequest',
  restore: G.RestoreInformationRequestDocument,
  input: {
    ...sourced,
    commitmentId: (r) => r.commitment.id,
    subject: (r) => r.subject,
    requestedOn: (r) => r.requestedOn,
    recipientId: (r) => r.recipient?.id ?? null,
    recipientDescription: (r) => r.recipientDescription,
    recipientCount: (r) => r.recipientCount,
    respondedCount: (r) => r.respondedCount,
    response: (r) => r.response,
    responseNote: (r) => r.responseNote,
  },
});

const views = {
  list: lazy(() => import('./RequestList')),
  show: lazy(() => import('./RequestShow')),
  create: lazy(() => import('./RequestForm').then((m) => ({ default: m.RequestCreate }))),
  edit: lazy(() => import('./RequestForm').then((m) => ({ default: m.RequestEdit }))),
  icon: Icon,
  recordRepresentation: 'subject',
};

export default defineResource({
  name: 'informationRequests',
  menu: { group: 'work', position: 3 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Solicitud de información |||| Solicitudes de información',
      empty: 'No hay solicitudes con estos filtros. Regístralas desde la página del compromiso.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        commitmentId: 'Compromiso',
        commitment: 'Compromiso',
        subject: 'Qué se pidió',
        requestedOn: 'Fecha de la solicitud',
        recipientId: 'Organización a la que se pidió',
        recipient: 'A quién se pidió',
        recipientDescription: 'A quién se pidió (si fue a un grupo)',
        recipientCount: 'Dependencias consultadas',
        respondedCount: 'Dependencias que respondieron',
        response: 'Respuesta',
        responses: 'Respuestas',
        responseNote: 'Nota sobre la respuesta',
        deliveries: 'Entregas que la respondieron',
        exerciseId: 'Ejercicio',
      },
    },
    en: {
      name: 'Information request |||| Information requests',
      empty: "No requests match these filters. Record them from the commitment's page.",
      fields: {
        ...SOURCED_FIELDS.en,
        commitmentId: 'Commitment',
        commitment: 'Commitment',
        subject: 'What was asked',
        requestedOn: 'Requested on',
        recipientId: 'Organisation asked',
        recipient: 'Asked of',
        recipientDescription: 'Asked of (when a group)',
        recipientCount: 'Bodies asked',
        respondedCount: 'Bodies that answered',
        response: 'Response',
        responses: 'Responses',
        responseNote: 'Note on the response',
        deliveries: 'Deliveries that answered it',
        exerciseId: 'Exercise',
      },
    },
  },
});
