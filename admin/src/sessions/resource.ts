import Icon from '@mui/icons-material/Groups';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes sessions (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListSessionsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      exerciseId: str(a.filter.exerciseId),
      secretariatId: str(a.filter.secretariatId),
      type: str(a.filter.type) as G.SessionType | undefined,
      municipalityId: str(a.filter.municipalityId),
      regionId: str(a.filter.regionId),
      dateFrom: str(a.filter.dateFrom),
      dateTo: str(a.filter.dateTo),
    },
    orderBy: orderBy(a.sort, { date: 'DATE', number: 'NUMBER' }),
  }),
  one: G.GetSessionDocument,
  create: G.CreateSessionDocument,
  update: G.UpdateSessionDocument,
  remove: G.DeleteSessionDocument,
  kind: 'Session',
  restore: G.RestoreSessionDocument,
  input: {
    ...sourced,
    secretariatId: (r) => r.secretariat.id,
    type: (r) => r.type,
    number: (r) => r.number,
    date: (r) => r.date,
    municipalityId: (r) => r.municipality?.id ?? null,
    municipalityInferred: (r) => r.municipalityInferred,
    venueId: (r) => r.venue?.id ?? null,
    summary: (r) => r.summary,
    convenedBy: (r) => r.convenedBy,
  },
});

const views = {
  list: lazy(() => import('./SessionList')),
  show: lazy(() => import('./SessionShow')),
  create: lazy(() => import('./SessionForm').then((m) => ({ default: m.SessionCreate }))),
  edit: lazy(() => import('./SessionForm').then((m) => ({ default: m.SessionEdit }))),
  icon: Icon,
  recordRepresentation: (record: { type: string; number: number; date: string }) =>
    `${record.type === 'ORDINARY' ? 'Ordinaria' : 'Extraordinaria'} ${record.number} (${record.date})`,
};

export default defineResource({
  name: 'sessions',
  menu: { group: 'secretariat', position: 1 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Sesión |||| Sesiones',
      empty: 'No hay sesiones con estos filtros. Registra cada sesión del Secretariado con sus acuerdos.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        secretariatId: 'Secretariado',
        secretariat: 'Secretariado',
        type: 'Tipo',
        number: 'Número',
        date: 'Fecha',
        municipalityId: 'Municipio',
        municipalityInferred: 'Municipio inferido',
        municipality: 'Municipio',
        venueId: 'Sede',
        venue: 'Sede',
        summary: 'Qué se trató',
        convenedBy: 'Convocada por',
        agreements: 'Acuerdos',
        seatHolders: 'Integrantes ese día',
        exerciseId: 'Ejercicio',
        dateFrom: 'Desde',
        dateTo: 'Hasta',
        regionId: 'Región',
      },
    },
    en: {
      name: 'Session |||| Sessions',
      empty: 'No sessions match these filters. Record each session of the Secretariat with its agreements.',
      fields: {
        ...SOURCED_FIELDS.en,
        secretariatId: 'Secretariat',
        secretariat: 'Secretariat',
        type: 'Type',
        number: 'Number',
        date: 'Date',
        municipalityId: 'Municipality',
        municipalityInferred: 'Municipality inferred',
        municipality: 'Municipality',
        venueId: 'Venue',
        venue: 'Venue',
        summary: 'What it dealt with',
        convenedBy: 'Convened by',
        agreements: 'Agreements',
        seatHolders: 'Members that day',
        exerciseId: 'Exercise',
        dateFrom: 'From',
        dateTo: 'To',
        regionId: 'Region',
      },
    },
  },
});
