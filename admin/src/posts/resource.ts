import Icon from '@mui/icons-material/EventSeat';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes posts (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListPostsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      secretariatId: str(a.filter.secretariatId),
      role: str(a.filter.role) as G.SeatRole | undefined,
      sector: str(a.filter.sector) as G.Sector | undefined,
      regionId: str(a.filter.regionId),
    },
    orderBy: orderBy(a.sort, { role: 'ROLE', label: 'LABEL' }),
  }),
  one: G.GetPostDocument,
  create: G.CreatePostDocument,
  update: G.UpdatePostDocument,
  remove: G.DeletePostDocument,
  kind: 'Post',
  restore: G.RestorePostDocument,
  input: {
    ...sourced,
    secretariatId: (r) => r.secretariat.id,
    label: (r) => r.label,
    role: (r) => r.role,
    sector: (r) => r.sector,
    voting: (r) => r.voting,
    regionId: (r) => r.region?.id ?? null,
  },
});

const views = {
  list: lazy(() => import('./PostList')),
  show: lazy(() => import('./PostShow')),
  create: lazy(() => import('./PostForm').then((m) => ({ default: m.PostCreate }))),
  edit: lazy(() => import('./PostForm').then((m) => ({ default: m.PostEdit }))),
  icon: Icon,
  recordRepresentation: 'label',
};

export default defineResource({
  name: 'posts',
  menu: { group: 'secretariat', position: 3 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Lugar del Secretariado |||| Lugares del Secretariado',
      empty: 'Aún no hay lugares. Registra los lugares (representantes, suplentes, enlaces) del Secretariado.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        secretariatId: 'Secretariado',
        secretariat: 'Secretariado',
        label: 'Nombre del lugar',
        role: 'Tipo de lugar',
        sector: 'Sector',
        voting: 'Con voto',
        regionId: 'Región',
        region: 'Región',
        memberships: 'Titulares',
      },
    },
    en: {
      name: 'Secretariat seat |||| Secretariat seats',
      empty: 'No seats yet. Record the seats (representatives, alternates, liaisons) of the Secretariat.',
      fields: {
        ...SOURCED_FIELDS.en,
        secretariatId: 'Secretariat',
        secretariat: 'Secretariat',
        label: 'Seat name',
        role: 'Kind of seat',
        sector: 'Sector',
        voting: 'Votes',
        regionId: 'Region',
        region: 'Region',
        memberships: 'Holders',
      },
    },
  },
});
