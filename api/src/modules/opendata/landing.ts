import { createHash } from 'node:crypto';
import { exerciseDataPath, notRealNotice, type ExerciseMeta } from './exercise-meta';
import { excelName } from './formats';
import { RESOURCES } from './resources';

/**
 * The human pages of the open data: the list of exercises (/data/) and each exercise's landing
 * page (the DCAT landingPage), in Spanish for the people who use them, linking every download,
 * the calendar, the change feed and the data dictionary. Plain HTML, no script.
 */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
a { color: #611232; } table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
.aviso { background: #fff3cd; border: 1px solid #b38e5d; padding: .5rem 1rem; } code { font-size: .9em; }
`;

/** These pages run no script and load nothing from elsewhere: only their own stylesheet, by its hash. */
export const LANDING_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
${head}<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;

const notice = (meta: ExerciseMeta) => {
  const text = notRealNotice(meta);
  return text ? `<p class="aviso"><strong>${escape(text)}</strong></p>\n` : '';
};

export function exercisesPage(metas: ExerciseMeta[]): string {
  const rows = metas
    .map(
      (meta) =>
        `<tr><td><a href="${exerciseDataPath(meta.slug)}/">${escape(meta.title)}</a></td><td>${escape(meta.stateName)} (${escape(meta.stateCode)})</td><td>${escape(meta.modified.slice(0, 10))}</td></tr>`,
    )
    .join('\n');
  return page(
    'Datos abiertos · Tablero Abierto',
    `<h1>Datos abiertos de los ejercicios locales de Gobierno Abierto</h1>
<p>Cada ejercicio se descarga en CSV (UTF-8; las copias «-excel.csv» se abren en Excel con acentos), JSON y como paquete de datos; catálogo DCAT de todos: <a href="/data/catalog.json">/data/catalog.json</a>. Los ejercicios reales lado a lado (etapa, días desde la declaración, compromisos, Secretariado por sector): <a href="/data/comparacion.csv">comparacion.csv</a> · <a href="/data/comparacion.json">comparacion.json</a>. Uso libre conforme a los <a href="https://datos.gob.mx/libreusomx">Términos de Libre Uso MX</a>. Solo se listan ejercicios reales: los de demostración (ficticios) y los sintéticos (generados para pruebas) no aparecen aquí ni en el catálogo.</p>
<table><thead><tr><th>Ejercicio</th><th>Estado</th><th>Actualizado</th></tr></thead><tbody>
${rows}
</tbody></table>`,
  );
}

export function exercisePage(meta: ExerciseMeta): string {
  const at = exerciseDataPath(meta.slug);
  const slug = encodeURIComponent(meta.slug);
  const source = meta.sourceAddress;
  const files = RESOURCES.map(
    (resource) =>
      `<tr><td>${escape(resource.title)}</td><td><a href="${at}/${resource.name}.csv">${resource.name}.csv</a></td><td><a href="${at}/${excelName(resource.name)}">${excelName(resource.name)}</a></td><td><a href="${at}/${resource.name}.json">${resource.name}.json</a></td><td>${resource.fields.length}</td></tr>`,
  ).join('\n');
  return page(
    `${meta.title} · Datos abiertos`,
    `<p><a href="/data/">Datos abiertos</a></p>
<h1>${escape(meta.title)}</h1>
${notice(meta)}${meta.description ? `<p>${escape(meta.description)}</p>\n` : ''}<p>${escape(meta.stateName)} (${escape(meta.stateCode)}, clave INEGI ${escape(meta.stateInegiKey)}) · actualizado ${escape(meta.modified)}${meta.sourceTitle ? ` · fuente: ${source ? `<a href="${escape(source)}">${escape(meta.sourceTitle)}</a>` : escape(meta.sourceTitle)}` : ''}</p>
<h2>Descargas</h2>
<p><a href="${at}/datapackage.zip">Todo en un paquete de datos (ZIP)</a> con <code>datapackage.json</code> (Frictionless Data Package: cada columna descrita y tipada), los CSV, el diccionario de datos y el catálogo.</p>
<table><thead><tr><th>Tabla</th><th>CSV</th><th>CSV para Excel</th><th>JSON</th><th>Columnas</th></tr></thead><tbody>
${files}
</tbody></table>
<ul>
<li><a href="${at}/diccionario-de-datos.csv">Diccionario de datos</a> (CSV; <a href="${at}/${excelName('diccionario-de-datos')}">para Excel</a>) · <a href="${at}/datapackage.json">datapackage.json</a></li>
<li><a href="${at}/popolo.json">Personas, organizaciones, cargos e integrantes del Secretariado Técnico</a> (Popolo JSON)</li>
<li><a href="${at}/catalog.json">Ficha del catálogo</a> (DCAT, campos de la Guía de Datos Abiertos)</li>
<li><a href="/calendar/exercises/${slug}.ics">Calendario de sesiones y eventos</a> (iCalendar: suscríbase desde su aplicación de calendario)</li>
<li><a href="/feeds/exercises/${slug}.atom">Cambios publicados</a> (Atom)</li>
</ul>
<p>Los CSV usan coma, fin de línea CRLF, UTF-8 sin BOM (los del paquete de datos); las copias «-excel.csv» son los mismos datos con BOM, para que Excel muestre bien los acentos; un texto de más de 32,767 caracteres, lo más que guarda una celda de Excel, va cortado en la copia y lo dice en la celda (el texto completo está en el CSV y el JSON). Fechas ISO 8601 con la precisión que da la fuente (AAAA, AAAA-MM o AAAA-MM-DD), claves INEGI de municipio y números sin separador de miles. Lo que la fuente no dice queda vacío. Uso libre conforme a los <a href="https://datos.gob.mx/libreusomx">Términos de Libre Uso MX</a>.</p>`,
    `<link rel="alternate" type="application/atom+xml" title="Cambios publicados" href="/feeds/exercises/${slug}.atom">
<link rel="alternate" type="application/ld+json" title="DCAT" href="${at}/catalog.json">
`,
  );
}
