/**
 * The widgets' words, in Mexican Spanish by default and in English on request (`lang="en"` on
 * the element or an ancestor). Data from the API (titles, places) stays as the source wrote it.
 */

import { formatNumber } from './format';

const es = {
  loading: 'Cargando…',
  retry: 'Reintentar',
  offline: 'Sin conexión a internet; se cargará al volver la conexión.',
  errors: {
    NETWORK: 'No se pudo conectar con el servidor.',
    NOT_FOUND: 'No se encontró el registro.',
    BAD_USER_INPUT: 'Identificador no válido.',
    CONFIG: 'Falta indicar qué mostrar',
    '': 'No se pudieron cargar los datos.',
  } as Record<string, string>,
  demo: 'Datos de demostración',
  /** "más de 11,169": the qualifier is kept. */
  count: (n: number, qualifier: string, locale: string) =>
    (qualifier === 'MORE_THAN' ? 'más de ' : '') + formatNumber(n, locale),
  pagesUnit: (n: number): string => (n === 1 ? 'foja entregada' : 'fojas entregadas'),
  noPages: 'Fojas entregadas: sin dato.',
  uncounted: (n: string, one: boolean): string =>
    `No incluye ${n} ${one ? 'entrega' : 'entregas'} sin conteo de fojas.`,
  progress: 'Avance',
  /** Civil society's disputes travel with the counts, wherever progress is shown. */
  milestones: (done: string, total: string, disputed: number) =>
    `${done} de ${total} hitos${disputed ? ` · ${disputed} en disputa` : ''}`,
  lastMilestone: 'último hito cumplido el',
  unknown: {
    NO_MILESTONES: 'Avance sin medir: no hay hitos registrados.',
    NO_WEIGHTED_MILESTONES: 'Avance sin medir: sus hitos están cancelados.',
  } as Record<string, string>,
  known: 'Lo que sí se sabe:',
  noPagesKnown: 'fojas: sin dato',
  meetings: (n: number, nf: string): string =>
    n ? `${nf} ${n === 1 ? 'reunión realizada' : 'reuniones realizadas'}` : 'sin reuniones registradas',
  latest: 'última:',
  proactive: 'Compromiso proactivo',
  noCommitments: 'Sin compromisos registrados.',
  prevMonth: 'Mes anterior',
  nextMonth: 'Mes siguiente',
  noEntries: 'Sin sesiones ni eventos este mes.',
  session: (type: string, n: number) => `Sesión ${type === 'ORDINARY' ? 'ordinaria' : 'extraordinaria'} ${n}`,
  sessionType: 'Sesión del Secretariado Técnico',
  noPlace: 'Lugar no registrado',
  subscribe: 'Suscribirse al calendario',
  /** The acta link's text; its accessible name adds the session's. */
  acta: 'Acta',
  /** The type of an event, from its EventKind. */
  kind: (kind: string): string =>
    (
      ({
        COLLABORATION_AGREEMENT: 'Firma de convenio',
        COMMITMENT_WORKING_TABLE: 'Mesa de trabajo por compromiso',
        JOINT_DECLARATION: 'Declaratoria conjunta',
        LIAISON_CALL: 'Convocatoria',
        LIAISON_ELECTION: 'Elección de enlaces regionales',
        LIAISON_MEETING: 'Reunión de enlaces regionales',
        PLAN_PRESENTATION: 'Presentación del plan',
        PLAN_PUBLICATION: 'Publicación del plan',
        PRESS_CONFERENCE: 'Rueda de prensa',
        REGIONAL_WORKING_TABLE: 'Mesa de trabajo regional',
        SECRETARIAT_INSTALLATION: 'Instalación del Secretariado',
        SENSITIZATION_MEETING: 'Reunión de sensibilización',
        SENSITIZATION_TALK: 'Plática de sensibilización',
        SITE_VISIT: 'Visita en sitio',
        WORKING_MEETING: 'Reunión de trabajo',
        WORKSHOP: 'Taller',
      }) as Record<string, string>
    )[kind] ?? 'Evento',
};

export type Strings = typeof es;

const en: Strings = {
  loading: 'Loading…',
  retry: 'Try again',
  offline: 'No internet connection; it will load when it is back.',
  errors: {
    NETWORK: 'Could not reach the server.',
    NOT_FOUND: 'Record not found.',
    BAD_USER_INPUT: 'Invalid identifier.',
    CONFIG: 'Nothing to show: set',
    '': 'The data could not be loaded.',
  },
  demo: 'Demonstration data',
  count: (n, qualifier, locale) => (qualifier === 'MORE_THAN' ? 'more than ' : '') + formatNumber(n, locale),
  pagesUnit: (n) => (n === 1 ? 'page delivered' : 'pages delivered'),
  noPages: 'Pages delivered: no data.',
  uncounted: (n, one) => `Excludes ${n} ${one ? 'delivery' : 'deliveries'} without a page count.`,
  progress: 'Progress',
  milestones: (done, total, disputed) => `${done} of ${total} milestones${disputed ? ` · ${disputed} disputed` : ''}`,
  lastMilestone: 'last milestone completed on',
  unknown: {
    NO_MILESTONES: 'Progress not measured: no milestones on record.',
    NO_WEIGHTED_MILESTONES: 'Progress not measured: its milestones are cancelled.',
  },
  known: 'What is known:',
  noPagesKnown: 'pages: no data',
  meetings: (n, nf) => (n ? `${nf} ${n === 1 ? 'meeting' : 'meetings'} held` : 'no meetings on record'),
  latest: 'latest:',
  proactive: 'Proactive commitment',
  noCommitments: 'No commitments on record.',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  noEntries: 'No sessions or events this month.',
  session: (type, n) => `${type === 'ORDINARY' ? 'Ordinary' : 'Extraordinary'} session ${n}`,
  sessionType: 'Technical Secretariat session',
  noPlace: 'Place not on record',
  subscribe: 'Subscribe to the calendar',
  acta: 'Minutes',
  // The kinds' own names read as English: WORKING_MEETING is "Working meeting".
  kind: (kind) => kind[0] + kind.slice(1).toLowerCase().replace(/_/g, ' '),
};

/**
 * The language tag that applies to an element: its own `lang` or its nearest ancestor's, else
 * the document's. English for any `en` tag; Spanish otherwise. Plain `es` (or no tag, or an
 * unsupported one) formats as `es-MX` (11,169), since `Intl` with `es` writes 11.169.
 */
export function resolveLang(tag: string | null | undefined): { locale: string; t: Strings } {
  let locale = '';
  try {
    locale = Intl.getCanonicalLocales(tag?.trim() || [])[0] ?? '';
  } catch {
    // not a language tag: the default applies
  }
  if (/^en\b/i.test(locale)) return { locale, t: en };
  return { locale: /^es-/i.test(locale) ? locale : 'es-MX', t: es };
}
