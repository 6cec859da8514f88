import Icon from '@mui/icons-material/HowToReg';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, sourced } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider reads and writes a session's attendance (kept from the session's page, no list) (see providers/resourceSpec.ts). */
const data = define<
  G.SessionAttendanceRecordFragment,
  G.SessionAttendanceRecordFragment,
  never,
  G.SessionAttendanceInput
>({
  one: G.GetSessionAttendanceDocument,
  create: G.CreateSessionAttendanceDocument,
  update: G.UpdateSessionAttendanceDocument,
  remove: G.DeleteSessionAttendanceDocument,
  kind: 'SessionAttendance',
  restore: G.RestoreSessionAttendanceDocument,
  input: {
    ...sourced,
    sessionId: (r) => r.session.id,
    postId: (r) => r.post?.id ?? null,
    organizationId: (r) => r.organization?.id ?? null,
    personId: (r) => r.person?.id ?? null,
    description: (r) => r.description,
  },
});

/** Who attended a session: created and edited from the session's page (no list of its own). */
const views = {
  create: lazy(() => import('./SessionAttendanceForm').then((m) => ({ default: m.SessionAttendanceCreate }))),
  edit: lazy(() => import('./SessionAttendanceForm').then((m) => ({ default: m.SessionAttendanceEdit }))),
  icon: Icon,
};

export default defineResource({
  name: 'sessionAttendance',
  menu: null,
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Asistencia |||| Asistencias',
      empty: 'No hay asistencias registradas.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        sessionId: 'Sesión',
        session: 'Sesión',
        postId: 'Lugar del Secretariado presente',
        post: 'Lugar del Secretariado',
        organizationId: 'Organización',
        organization: 'Organización',
        personId: 'Persona',
        person: 'Persona',
        description: 'Descripción, con las palabras de la fuente (p. ej., «sociedad civil de la región laguna»)',
      },
    },
    en: {
      name: 'Attendee |||| Attendees',
      empty: 'No attendance recorded.',
      fields: {
        ...SOURCED_FIELDS.en,
        sessionId: 'Session',
        session: 'Session',
        postId: 'Seat of the Secretariat present',
        post: 'Seat of the Secretariat',
        organizationId: 'Organisation',
        organization: 'Organisation',
        personId: 'Person',
        person: 'Person',
        description: "Description, in the source's words (e.g. «sociedad civil de la región laguna»)",
      },
    },
  },
});
