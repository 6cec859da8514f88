/** The labels of the fields every sourced record's form has (resource.ts spreads them into its own). */
export const SOURCED_FIELDS = {
  'es-MX': {
    publication: 'Publicación',
    version: 'Versión',
    updatedAt: 'Última modificación',
    source: 'Fuente',
    sourceDocumentId: 'Documento fuente',
    sourceNote: 'Sección o frase de la fuente',
  },
  en: {
    publication: 'Publication',
    version: 'Version',
    updatedAt: 'Last changed',
    source: 'Source',
    sourceDocumentId: 'Source document',
    sourceNote: 'Section or sentence of the source',
  },
} as const;
