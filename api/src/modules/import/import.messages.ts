import { ErrorCode, InputProblem } from '../../common/errors';

/** The language of an import's report: Spanish unless English is asked for (`--lang en` or LANG=en…). */
export type ReportLanguage = 'es' | 'en';

/** What the import says about a cell, a row or a file, in either language. */
export interface ImportMessages {
  reason: Record<InputProblem, string>;
  forbidden: string;
  conflict: string;
  notInteger: string;
  notNumber: string;
  notBoolean: string;
  notUuid: string;
  notInList: (values: string[]) => string;
  notPartialDate: string;
  missingColumn: string;
  missingFile: string;
  /** A document whose file the package does not carry (files/<sha256>) and this instance does not have. */
  missingDocumentFile: string;
  /** A document's file whose bytes do not have the SHA-256 its row gives. */
  wrongHash: (found: string) => string;
  /** A document's file refused as an upload is (size, type): the upload's reason. */
  fileRefused: (reason: string, limit: number) => string;
  badEncoding: (encoding: string) => string;
  unreadable: (detail: string) => string;
  otherExercise: string;
  deleted: string;
  unknownOrganization: string;
  unknownSourceDocument: string;
  sourceDocumentsByPlatformAdmin: string;
  unknownMunicipality: string;
  venueWithoutMunicipality: string;
  noState: string;
  unknownState: (code: string) => string;
  unknownResource: string;
  noAccount: (email: string) => string;
  duplicate: string;
  notFound: (kind: string, value: string) => string;
  ambiguous: (value: string) => string;
  plans: string;
  noSheets: string;
  unknownColumn: string;
  noExercise: (slug: string) => string;
  generatedNote: (what: string) => string;
}

/** The kinds of record a row may name by its name, number or label. */
const KIND_NAMES: Record<ReportLanguage, Record<string, string>> = {
  es: {
    organization: 'organización',
    commitment: 'compromiso número',
    session: 'sesión',
    event: 'evento',
    post: 'cargo',
    municipality: 'municipio',
    plan: 'plan de acción',
  },
  en: {
    organization: 'organisation',
    commitment: 'commitment number',
    session: 'session',
    event: 'event',
    post: 'seat',
    municipality: 'municipality',
    plan: 'action plan',
  },
};

const es: ImportMessages = {
  reason: {
    REQUIRED: 'es obligatorio',
    TOO_LONG: 'es demasiado largo',
    TOO_SHORT: 'es demasiado corto',
    TOO_SMALL: 'es menor que el mínimo permitido',
    TOO_LARGE: 'es mayor que el máximo permitido',
    NOT_INTEGER: 'debe ser un número entero',
    NOT_A_NUMBER: 'debe ser un número',
    INVALID_DATE: 'no es una fecha AAAA-MM-DD válida',
    INVALID_PARTIAL_DATE: 'no es una fecha AAAA, AAAA-MM o AAAA-MM-DD válida',
    DATE_ORDER: 'queda antes de la fecha con la que empieza',
    DATE_OUT_OF_RANGE: 'queda muy lejos del periodo del ejercicio',
    INVALID_URL: 'no es una dirección web válida',
    INVALID_EMAIL: 'no es un correo electrónico válido',
    INVALID_FORMAT: 'no tiene el formato que pide la columna',
    INVALID_CHOICE: 'no es uno de los valores permitidos',
    ALREADY_USED: 'ya lo usa otro registro',
    UNKNOWN_REFERENCE: 'apunta a un registro que no existe',
    OVERLAP: 'se traslapa con otro integrante del mismo cargo',
    QUALIFIER_PAIR: 'la cifra y su calificador ("más de") van juntos',
    ONE_OF: 'falta uno de los dos datos que pide el registro',
    EVIDENCE_NEEDED: 'un hito cumplido necesita su evidencia',
    LAST_EVIDENCE: 'es la única evidencia de un hito cumplido',
    INVALID: 'rompe una regla del registro',
  },
  forbidden: 'su cuenta no puede escribir este registro: queda fuera de su alcance',
  conflict: 'el registro cambió mientras se importaba',
  notInteger: 'debe ser un número entero',
  notNumber: 'debe ser un número',
  notBoolean: 'debe ser true o false',
  notUuid: 'debe ser un identificador (UUID)',
  notInList: (values) => `debe ser uno de: ${values.join(', ')}`,
  notPartialDate: 'debe ser una fecha AAAA, AAAA-MM o AAAA-MM-DD',
  missingColumn: 'falta esta columna en el encabezado',
  missingFile: 'el paquete nombra este archivo pero no lo contiene',
  missingDocumentFile: 'el paquete no trae el archivo de este documento (files/<sha256>) y esta instancia no lo tiene',
  wrongHash: (found) => `el archivo que trae el paquete no tiene este SHA-256 (el suyo es ${found})`,
  fileRefused: (reason, limit) =>
    ({
      FILE_TOO_LARGE: `el archivo pasa del límite de ${limit} bytes (${(limit / 1048576).toFixed(0)} MB)`,
      FILE_EMPTY: 'el archivo está vacío',
      FILE_TYPE_REFUSED: 'la plataforma no guarda este tipo de archivo',
    })[reason] ?? 'la plataforma no reconoce este tipo de archivo',
  badEncoding: (encoding) => `codificación "${encoding}" no admitida: se leen utf-8 y utf-8-sig`,
  unreadable: (detail) => `no se pudo leer el paquete: ${detail}`,
  otherExercise: 'este id es de un registro de otro ejercicio',
  deleted: 'este id es de un registro borrado: restáurelo antes de importar',
  unknownOrganization:
    'no existe en esta instancia una organización con este id (el paquete no dice de qué tipo es, así que la importación no la crea: dela de alta antes)',
  unknownSourceDocument:
    'no existe en esta instancia un documento fuente con esta dirección (dé de alta el documento antes)',
  sourceDocumentsByPlatformAdmin:
    'este documento fuente no existe en esta instancia, y solo una cuenta de administración de la plataforma da de alta documentos fuente',
  unknownMunicipality: 'no hay municipio con esta clave INEGI',
  venueWithoutMunicipality: 'una sede necesita su municipio',
  noState:
    'no se sabe de qué estado es el ejercicio: indique --state <clave> o use claves INEGI de municipios de un solo estado',
  unknownState: (code) => `no hay estado con la clave ${code}`,
  unknownResource: 'esta versión de la importación no lee este recurso: sus filas no se importan',
  noAccount: (email) => `no hay una cuenta activa con el correo ${email}`,
  duplicate: 'este id ya aparece en otra fila del archivo',
  notFound: (kind, value) =>
    `no hay ${KIND_NAMES.es[kind] ?? kind} "${value}" en el ejercicio${kind === 'organization' ? ' (la importación no crea organizaciones: no sabe de qué tipo son; dela de alta antes)' : ''}`,
  ambiguous: (value) => `"${value}" nombra a más de un registro: use el identificador`,
  plans: 'hay varios planes de acción: indique el título del plan',
  noSheets: 'el archivo no tiene ninguna hoja que se importe',
  unknownColumn: 'columna desconocida: no es ninguna de las de la plantilla',
  noExercise: (slug) =>
    `no existe el ejercicio "${slug}": una hoja de cálculo se importa en un ejercicio que ya existe`,
  generatedNote: (what) => `Creado por la importación de un paquete de datos que no da ${what}.`,
};

const en: ImportMessages = {
  reason: {
    REQUIRED: 'is required',
    TOO_LONG: 'is too long',
    TOO_SHORT: 'is too short',
    TOO_SMALL: 'is below the minimum',
    TOO_LARGE: 'is above the maximum',
    NOT_INTEGER: 'must be a whole number',
    NOT_A_NUMBER: 'must be a number',
    INVALID_DATE: 'is not a valid YYYY-MM-DD date',
    INVALID_PARTIAL_DATE: 'is not a valid YYYY, YYYY-MM or YYYY-MM-DD date',
    DATE_ORDER: 'comes before the date it starts from',
    DATE_OUT_OF_RANGE: "is far outside the exercise's period",
    INVALID_URL: 'is not a valid web address',
    INVALID_EMAIL: 'is not a valid e-mail address',
    INVALID_FORMAT: 'is not in the shape the column takes',
    INVALID_CHOICE: 'is not one of the allowed values',
    ALREADY_USED: 'is already used by another record',
    UNKNOWN_REFERENCE: 'points at a record that does not exist',
    OVERLAP: 'overlaps another holder of the same seat',
    QUALIFIER_PAIR: 'a count and its qualifier ("more than") go together',
    ONE_OF: 'one of the two values the record needs is missing',
    EVIDENCE_NEEDED: 'a milestone marked done needs its evidence',
    LAST_EVIDENCE: 'it is the only evidence of a milestone marked done',
    INVALID: 'breaks a rule of the record',
  },
  forbidden: 'your account may not write this record: it is outside your scope',
  conflict: 'the record changed during the import',
  notInteger: 'must be a whole number',
  notNumber: 'must be a number',
  notBoolean: 'must be true or false',
  notUuid: 'must be an id (UUID)',
  notInList: (values) => `must be one of: ${values.join(', ')}`,
  notPartialDate: 'must be a date YYYY, YYYY-MM or YYYY-MM-DD',
  missingColumn: 'this column is missing from the header',
  missingFile: 'the package names this file but does not hold it',
  missingDocumentFile:
    "the package does not carry this document's file (files/<sha256>) and this instance does not have it",
  wrongHash: (found) => `the file the package carries does not have this SHA-256 (its own is ${found})`,
  fileRefused: (reason, limit) =>
    ({
      FILE_TOO_LARGE: `the file is larger than the limit of ${limit} bytes (${(limit / 1048576).toFixed(0)} MB)`,
      FILE_EMPTY: 'the file is empty',
      FILE_TYPE_REFUSED: 'the platform does not keep this kind of file',
    })[reason] ?? 'the platform does not recognise this kind of file',
  badEncoding: (encoding) => `encoding "${encoding}" is not supported: utf-8 and utf-8-sig are read`,
  unreadable: (detail) => `the package could not be read: ${detail}`,
  otherExercise: 'this id belongs to a record of another exercise',
  deleted: 'this id belongs to a deleted record: restore it before importing',
  unknownOrganization:
    'no organisation with this id exists here (the package does not say what kind of body it is, so the import does not create it: add it first)',
  unknownSourceDocument: 'no source document with this address exists here (add the document first)',
  sourceDocumentsByPlatformAdmin:
    'this source document does not exist here, and only a platform admin account adds source documents',
  unknownMunicipality: 'no municipality has this INEGI key',
  venueWithoutMunicipality: 'a venue needs its municipality',
  noState: "the exercise's state is unknown: give --state <code> or municipalities of one state",
  unknownState: (code) => `no state has the code ${code}`,
  unknownResource: 'this version of the import does not read this resource: its rows are not imported',
  noAccount: (email) => `no active account has the e-mail ${email}`,
  duplicate: 'this id is already on another row of the file',
  notFound: (kind, value) =>
    `there is no ${KIND_NAMES.en[kind] ?? kind} "${value}" in the exercise${kind === 'organization' ? ' (the import creates no organisation: it cannot tell its kind; add it first)' : ''}`,
  ambiguous: (value) => `"${value}" names more than one record: give its id`,
  plans: 'there are several action plans: give the plan title',
  noSheets: 'the file has no sheet the import reads',
  unknownColumn: "unknown column: none of the template's",
  noExercise: (slug) => `there is no exercise "${slug}": a spreadsheet is imported into an exercise that exists`,
  generatedNote: (what) => `Created by the import of a data package that does not give ${what}.`,
};

export const importMessages = (language: ReportLanguage): ImportMessages => (language === 'en' ? en : es);

/** A refused write (a DomainError's code and reason) said in the report's language. */
export function writeRefusal(messages: ImportMessages, code: unknown, reason: unknown, detail: string): string {
  if (code === ErrorCode.FORBIDDEN) return messages.forbidden;
  if (code === ErrorCode.CONFLICT) return `${messages.conflict} (${detail})`;
  const said = messages.reason[(reason as InputProblem) ?? InputProblem.INVALID] ?? messages.reason.INVALID;
  return `${said} (${detail})`;
}

/** Labels of the printed report. */
export const REPORT_LABELS = {
  es: {
    preview: 'Vista previa (no se escribió nada)',
    written: 'Importación escrita',
    notWritten: 'No se escribió nada: hay problemas',
    exercise: 'Ejercicio',
    importId: 'Identificador de la importación (audit_event.request_id)',
    created: 'se crearían / se crearon',
    changed: 'cambian',
    unchanged: 'sin cambios',
    problems: 'Problemas',
    skipped: 'Archivos que esta importación no lee',
    row: 'fila',
    column: 'columna',
  },
  en: {
    preview: 'Preview (nothing was written)',
    written: 'Import written',
    notWritten: 'Nothing was written: there are problems',
    exercise: 'Exercise',
    importId: 'Import id (audit_event.request_id)',
    created: 'created (or would be)',
    changed: 'changed',
    unchanged: 'unchanged',
    problems: 'Problems',
    skipped: 'Files this import does not read',
    row: 'row',
    column: 'column',
  },
} as const;
