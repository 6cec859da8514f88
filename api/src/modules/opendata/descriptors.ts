import { stringify } from 'csv-stringify/sync';
import { excelName, FORMULA_NOTE, isTextCell, UTF8_BOM, type CsvFlavour } from './formats';
import { exerciseDataPath, notRealNotice, type ExerciseMeta } from './exercise-meta';
import {
  documentFilePath,
  LIST_DELIMITER,
  RESOURCES,
  type PackagedFile,
  type Resource,
  type ResourceField,
} from './resources';

/**
 * The descriptors of an exercise's open data: the Frictionless Data Package (v2) with a Table
 * Schema per file, and the catalogue entry in the terms of Mexico's open-data guide (Guía de
 * Implementación de la Política de Datos Abiertos: identifier, title, description, keyword,
 * modified, contactPoint, mbox, temporal, spatial, landingPage, accrualPeriodicity; per
 * distribution downloadURL, mediaType, byteSize) written as JSON-LD over W3C DCAT 3, so that a
 * harvester reads either the guide's plain keys or DCAT terms.
 */

export const LICENSE = {
  name: 'libre-uso-mx',
  title: 'Términos de Libre Uso MX',
  path: 'https://datos.gob.mx/libreusomx',
};

const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** How every CSV is written (Table Dialect); the defaults, said out loud. */
export const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * A column as Table Schema v2 describes it. A list (the names of a commitment's agencies) is a
 * `string` in the CSV, its items joined with LIST_DELIMITER: the spec's `list` type is missing
 * from its published JSON Schema profile (profiles/2.0/datapackage.json), so validators refuse
 * it, and an `array` cell (JSON) would be unreadable in a spreadsheet. The JSON files give lists
 * as arrays.
 */
function tableSchemaField(field: ResourceField): Record<string, unknown> {
  return {
    name: field.name,
    type: field.type === 'list' ? 'string' : field.type,
    title: field.title,
    description: field.description,
    ...(field.format ? { format: field.format } : {}),
    ...(field.constraints ? { constraints: field.constraints } : {}),
  };
}

export function tableSchema(resource: Resource): Record<string, unknown> {
  return {
    fields: resource.fields.map(tableSchemaField),
    primaryKey: resource.primaryKey,
    ...(resource.foreignKeys?.length
      ? {
          foreignKeys: resource.foreignKeys.map((key) => ({
            fields: key.fields,
            // A reference to the resource itself leaves `resource` out (Table Schema v2).
            reference: key.reference.resource === resource.name ? { fields: key.reference.fields } : key.reference,
          })),
        }
      : {}),
    missingValues: [''],
  };
}

export interface WrittenFile {
  bytes: number;
  sha256: string;
}

/**
 * datapackage.json. Paths are relative to the descriptor, so the same descriptor serves at
 * /data/exercises/<slug>/datapackage.json (next to the CSVs) and inside the zip, each resource
 * with its size and hash (`written`, keyed by path). `created` is when the data last changed, so
 * the descriptor, its ETag and the zip's bytes repeat while the data does.
 */
export function dataPackage(
  meta: ExerciseMeta,
  base: string,
  written: Map<string, WrittenFile>,
  files: PackagedFile[],
): Record<string, unknown> {
  const landing = `${base}${exerciseDataPath(meta.slug)}/`;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: meta.slug,
    id: landing,
    title: meta.title,
    description: describe(meta),
    homepage: landing,
    version: meta.modified,
    created: meta.modified,
    keywords: keywords(meta),
    licenses: [LICENSE],
    contributors: meta.guarantor ? [{ title: meta.guarantor, roles: ['publisher'] }] : undefined,
    sources: meta.sourceTitle
      ? [{ title: meta.sourceTitle, ...(meta.sourceAddress ? { path: meta.sourceAddress } : {}) }]
      : undefined,
    resources: [
      ...RESOURCES.map((resource) => {
        const file = written.get(`${resource.name}.csv`);
        return {
          name: resource.name,
          type: 'table',
          path: `${resource.name}.csv`,
          title: resource.title,
          description: resource.description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          ...(file ? { bytes: file.bytes, hash: `sha256:${file.sha256}` } : {}),
          dialect: CSV_DIALECT,
          schema: tableSchema(resource),
        };
      }),
      // The documents' files, so that an import brings them too: not tables, so no `type`.
      ...files.map((file) => {
        const path = documentFilePath(file.sha256);
        const measured = written.get(path);
        return {
          name: `file-${file.sha256}`,
          path,
          title: 'Archivo de documento',
          description: `The file of the documents in documents.csv whose sha256 is ${file.sha256}.`,
          mediatype: file.media_type,
          bytes: measured?.bytes ?? file.size,
          hash: `sha256:${measured?.sha256 ?? file.sha256}`,
        };
      }),
    ],
  };
}

function keywords(meta: ExerciseMeta): string[] {
  return [
    'gobierno abierto',
    'ejercicio local de gobierno abierto',
    'plan de acción local',
    'compromisos',
    'secretariado técnico',
    meta.stateName,
    meta.stateCode,
    ...(meta.isSynthetic ? ['datos sintéticos'] : []),
    ...(meta.isDemo ? ['datos de demostración'] : []),
  ];
}

/** The exercise's description, after what it is when it is not real data. */
const describe = (meta: ExerciseMeta) =>
  [notRealNotice(meta), meta.description].filter(Boolean).join(' ') || meta.title;

/** The data dictionary the guide asks for (Anexo IV), as a CSV: one row per column of every file. */
export function dataDictionaryCsv(flavour: CsvFlavour = 'package'): string {
  const rows = RESOURCES.flatMap((resource) =>
    resource.fields.map((field) => [
      `${resource.name}.csv`,
      field.name,
      field.title,
      field.type,
      field.format ?? (field.constraints?.pattern ? `pattern ${field.constraints.pattern}` : ''),
      field.constraints?.required ? 'true' : 'false',
      field.constraints?.enum?.join(LIST_DELIMITER) ?? '',
      isTextCell(field) ? `${field.description} ${FORMULA_NOTE}` : field.description,
    ]),
  );
  return (
    (flavour === 'excel' ? UTF8_BOM : '') +
    stringify([['file', 'field', 'title', 'type', 'format', 'required', 'allowed_values', 'description'], ...rows], {
      record_delimiter: 'windows',
    })
  );
}

const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  Catalog: 'dcat:Catalog',
  Dataset: 'dcat:Dataset',
  Distribution: 'dcat:Distribution',
  Organization: 'foaf:Organization',
  Kind: 'vcard:Kind',
  PeriodOfTime: 'dct:PeriodOfTime',
  Location: 'dct:Location',
  MediaType: 'dct:MediaType',
  LinguisticSystem: 'dct:LinguisticSystem',
  Frequency: 'dct:Frequency',
  dataset: { '@id': 'dcat:dataset', '@container': '@set' },
  identifier: 'dct:identifier',
  title: 'dct:title',
  description: 'dct:description',
  keyword: { '@id': 'dcat:keyword', '@container': '@set' },
  language: { '@id': 'dct:language', '@type': '@id' },
  issued: { '@id': 'dct:issued', '@type': 'xsd:date' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:dateTime' },
  publisher: 'dct:publisher',
  name: 'foaf:name',
  prefLabel: 'skos:prefLabel',
  notation: 'skos:notation',
  contactPoint: 'dcat:contactPoint',
  fn: 'vcard:fn',
  hasEmail: { '@id': 'vcard:hasEmail', '@type': '@id' },
  mbox: { '@id': 'foaf:mbox', '@type': '@id' },
  temporal: 'dct:temporal',
  startDate: 'dcat:startDate',
  endDate: 'dcat:endDate',
  spatial: 'dct:spatial',
  landingPage: { '@id': 'dcat:landingPage', '@type': '@id' },
  accrualPeriodicity: { '@id': 'dct:accrualPeriodicity', '@type': '@id' },
  license: { '@id': 'dct:license', '@type': '@id' },
  distribution: { '@id': 'dcat:distribution', '@container': '@set' },
  downloadURL: { '@id': 'dcat:downloadURL', '@type': '@id' },
  mediaType: { '@id': 'dcat:mediaType', '@type': '@id' },
  format: 'dct:format',
  byteSize: { '@id': 'dcat:byteSize', '@type': 'xsd:nonNegativeInteger' },
  conformsTo: { '@id': 'dct:conformsTo', '@type': '@id' },
  describedBy: { '@id': 'http://www.w3.org/2007/05/powder-s#describedby', '@type': '@id' },
};

/**
 * DCAT 3 wants things, not strings, for these: a media type is an IANA registry IRI
 * (dct:MediaType), a language an ISO 639-1 IRI of the Library of Congress (dct:LinguisticSystem),
 * a frequency a term of the Dublin Core frequency vocabulary (dct:Frequency).
 */
const mediaTypeIri = (type: string) => `https://www.iana.org/assignments/media-types/${type}`;
const SPANISH = 'http://id.loc.gov/vocabulary/iso639-1/es';
/** The exercises are updated when there is something to record: no fixed schedule. */
const IRREGULAR = 'http://purl.org/cld/freq/irregular';

/** A partial date as an XSD literal of its own precision (gYear, gYearMonth or date). */
function xsdDate(value: string): { '@value': string; '@type': string } {
  return {
    '@value': value,
    '@type': value.length === 4 ? 'xsd:gYear' : value.length === 7 ? 'xsd:gYearMonth' : 'xsd:date',
  };
}

/** The exercise's period (dct:PeriodOfTime), with only the ends the data gives. */
function period(meta: ExerciseMeta): Record<string, unknown> | undefined {
  if (!meta.startDate && !meta.endDate) return undefined;
  return {
    '@type': 'PeriodOfTime',
    ...(meta.startDate ? { startDate: xsdDate(meta.startDate) } : {}),
    ...(meta.endDate ? { endDate: xsdDate(meta.endDate) } : {}),
  };
}

/** The state (dct:Location): the INEGI key the guide allows (CVE_ENT), its ISO 3166-2 code and its name. */
function place(meta: ExerciseMeta): Record<string, unknown> {
  return {
    '@type': 'Location',
    identifier: meta.stateInegiKey,
    notation: [meta.stateInegiKey, meta.stateCode, ...(meta.stateOcdId ? [meta.stateOcdId] : [])],
    prefLabel: { '@value': meta.stateName, '@language': 'es' },
  };
}

/** Who to write to about the data: OPEN_DATA_CONTACT_NAME / OPEN_DATA_CONTACT_EMAIL, else the guarantor body (no address). */
function contact(meta: ExerciseMeta) {
  const email = process.env.OPEN_DATA_CONTACT_EMAIL?.trim();
  const fn = process.env.OPEN_DATA_CONTACT_NAME?.trim() || meta.guarantor || 'Tablero Abierto';
  return {
    contactPoint: { '@type': 'Kind', fn, ...(email ? { hasEmail: `mailto:${email}` } : {}) },
    ...(email ? { mbox: `mailto:${email}` } : {}),
  };
}

interface Distribution {
  title: string;
  path: string;
  mediaType: string;
  format: string;
  describedBy?: string;
}

function distributions(meta: ExerciseMeta): Distribution[] {
  const at = exerciseDataPath(meta.slug);
  return [
    {
      title: 'Paquete de datos (Frictionless Data Package, ZIP)',
      path: `${at}/datapackage.zip`,
      mediaType: 'application/zip',
      format: 'ZIP',
    },
    {
      title: 'Descriptor del paquete de datos',
      path: `${at}/datapackage.json`,
      mediaType: 'application/json',
      format: 'JSON',
    },
    ...RESOURCES.flatMap((resource) => [
      {
        title: `${resource.title} (CSV)`,
        path: `${at}/${resource.name}.csv`,
        mediaType: 'text/csv',
        format: 'CSV',
        describedBy: `${at}/datapackage.json`,
      },
      {
        title: `${resource.title} (CSV para hojas de cálculo, con BOM)`,
        path: `${at}/${excelName(resource.name)}`,
        mediaType: 'text/csv',
        format: 'CSV',
      },
      {
        title: `${resource.title} (JSON)`,
        path: `${at}/${resource.name}.json`,
        mediaType: 'application/json',
        format: 'JSON',
        describedBy: `${at}/datapackage.json`,
      },
    ]),
    {
      title: 'Diccionario de datos (CSV)',
      path: `${at}/diccionario-de-datos.csv`,
      mediaType: 'text/csv',
      format: 'CSV',
    },
    {
      title: 'Diccionario de datos (CSV para hojas de cálculo, con BOM)',
      path: `${at}/${excelName('diccionario-de-datos')}`,
      mediaType: 'text/csv',
      format: 'CSV',
    },
    {
      title: 'Personas, organizaciones, cargos e integrantes (Popolo JSON)',
      path: `${at}/popolo.json`,
      mediaType: 'application/json',
      format: 'JSON',
    },
    {
      title: 'Calendario de sesiones y eventos (iCalendar)',
      path: `/calendar/exercises/${encodeURIComponent(meta.slug)}.ics`,
      mediaType: 'text/calendar',
      format: 'ICS',
    },
    {
      title: 'Cambios publicados (Atom)',
      path: `/feeds/exercises/${encodeURIComponent(meta.slug)}.atom`,
      mediaType: 'application/atom+xml',
      format: 'Atom',
    },
  ];
}

/** The catalogue entry of one exercise (a DCAT Dataset with the guide's fields). */
export function dcatDataset(meta: ExerciseMeta, base: string): Record<string, unknown> {
  const landing = `${base}${exerciseDataPath(meta.slug)}/`;
  return {
    '@type': 'Dataset',
    '@id': landing,
    identifier: landing,
    title: meta.title,
    description: describe(meta),
    keyword: keywords(meta),
    language: SPANISH,
    modified: meta.modified,
    publisher: { '@type': 'Organization', name: meta.guarantor ?? 'Tablero Abierto' },
    ...contact(meta),
    temporal: period(meta),
    spatial: place(meta),
    landingPage: landing,
    accrualPeriodicity: IRREGULAR,
    license: LICENSE.path,
    distribution: distributions(meta).map((d) => ({
      '@type': 'Distribution',
      title: d.title,
      downloadURL: `${base}${d.path}`,
      mediaType: mediaTypeIri(d.mediaType),
      format: d.format,
      license: LICENSE.path,
      ...(d.describedBy
        ? { describedBy: `${base}${d.describedBy}`, conformsTo: 'https://datapackage.org/standard/table-schema/' }
        : {}),
    })),
  };
}

export function dcatEntry(meta: ExerciseMeta, base: string): Record<string, unknown> {
  return { '@context': DCAT_CONTEXT, ...dcatDataset(meta, base) };
}

/** The catalogue of every public exercise (for harvesters such as datos.gob.mx's). */
export function dcatCatalog(metas: ExerciseMeta[], base: string): Record<string, unknown> {
  return {
    '@context': DCAT_CONTEXT,
    '@type': 'Catalog',
    '@id': `${base}/data/catalog.json`,
    title: 'Tablero Abierto: ejercicios locales de Gobierno Abierto',
    description: 'Datos abiertos de los ejercicios locales de Gobierno Abierto de los estados de México.',
    language: SPANISH,
    license: LICENSE.path,
    dataset: metas.map((meta) => dcatDataset(meta, base)),
  };
}
