import Icon from '@mui/icons-material/Badge';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes memberships (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListMembershipsDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      secretariatId: str(a.filter.secretariatId),
      postId: str(a.filter.postId),
      personId: str(a.filter.personId),
      onBehalfOfId: str(a.filter.onBehalfOfId),
      heldOn: str(a.filter.heldOn),
    },
    orderBy: orderBy(a.sort, { startDate: 'START_DATE' }),
  }),
  one: G.GetMembershipDocument,
  create: G.CreateMembershipDocument,
  update: G.UpdateMembershipDocument,
  remove: G.DeleteMembershipDocument,
  kind: 'Membership',
  restore: G.RestoreMembershipDocument,
  input: {
    ...sourced,
    postId: (r) => r.post.id,
    personId: (r) => r.person?.id ?? null,
    onBehalfOfId: (r) => r.onBehalfOf?.id ?? null,
    title: (r) => r.title,
    startDate: (r) => r.startDate,
    endDate: (r) => r.endDate,
    recordedUntil: (r) => r.recordedUntil,
  },
});

const views = {
  list: lazy(() => import('./MembershipList')),
  show: lazy(() => import('./MembershipShow')),
  create: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipCreate }))),
  edit: lazy(() => import('./MembershipForm').then((m) => ({ default: m.MembershipEdit }))),
  icon: Icon,
  // The person is null when the source names only the body holding the seat (onBehalfOf).
  recordRepresentation: (record: {
    person: { name: string } | null;
    onBehalfOf?: { name: string } | null;
    post: { label: string };
  }) => `${record.person?.name ?? record.onBehalfOf?.name ?? ''} · ${record.post.label}`,
};

export default defineResource({
  name: 'memberships',
  menu: { group: 'secretariat', position: 4 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Titular |||| Titulares',
      empty: 'No hay titulares con estos filtros. Registra quién ocupó cada lugar y desde cuándo.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        postId: 'Lugar',
        post: 'Lugar',
        personId: 'Persona',
        person: 'Persona',
        onBehalfOfId: 'En representación de',
        onBehalfOf: 'En representación de',
        title: 'Cargo',
        startDate: 'Desde (primer día)',
        endDate: 'Hasta (primer día sin el cargo)',
        recordedUntil: 'Registrado hasta (último día que cubren las fuentes)',
        secretariatId: 'Secretariado',
        secretariat: 'Secretariado',
        heldOn: 'En funciones el',
      },
    },
    en: {
      name: 'Holder |||| Holders',
      empty: 'No holders match these filters. Record who held each seat and from when.',
      fields: {
        ...SOURCED_FIELDS.en,
        postId: 'Seat',
        post: 'Seat',
        personId: 'Person',
        person: 'Person',
        onBehalfOfId: 'On behalf of',
        onBehalfOf: 'On behalf of',
        title: 'Title',
        startDate: 'From (first day)',
        endDate: 'Until (first day no longer held)',
        recordedUntil: 'Recorded until (last day the sources cover)',
        secretariatId: 'Secretariat',
        secretariat: 'Secretariat',
        heldOn: 'Held on',
      },
    },
  },
});
