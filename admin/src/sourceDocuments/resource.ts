import Icon from '@mui/icons-material/Article';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, pageOf, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';

/** How the data provider lists and reads sourceDocuments (read-only) (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListSourceDocumentsDocument,
  listVars: (a) => ({
    ...pageOf(a),
    filter: { search: str(a.filter.q) },
    orderBy: orderBy(a.sort, { key: 'KEY', title: 'TITLE' }),
  }),
  one: G.GetSourceDocumentDocument,
});

/** The documents records come from: read-only here (the seed loads them). */
const views = {
  list: lazy(() => import('./SourceDocumentList')),
  show: lazy(() => import('./SourceDocumentShow')),
  icon: Icon,
  recordRepresentation: 'title',
};

export default defineResource({
  name: 'sourceDocuments',
  menu: { group: 'catalogs', position: 6 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Documento fuente |||| Documentos fuente',
      empty: 'No hay documentos fuente.',
      fields: {
        key: 'Clave',
        title: 'Título',
        url: 'Dirección',
        publishedOn: 'Publicado el',
        publishedBy: 'Publicado por',
        q: 'Buscar por título',
      },
    },
    en: {
      name: 'Source document |||| Source documents',
      empty: 'No source documents.',
      fields: {
        key: 'Key',
        title: 'Title',
        url: 'Address',
        publishedOn: 'Published on',
        publishedBy: 'Published by',
        q: 'Search by title',
      },
    },
  },
});
