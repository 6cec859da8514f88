import Icon from '@mui/icons-material/Description';
import { lazy } from 'react';
import * as G from '../generated/graphql';
import { bool, define, orderBy, page, sourced, str } from '../providers/resourceSpec';
import { defineResource } from '../defineResource';
import { SOURCED_FIELDS } from '../i18n/sourced';

/** How the data provider lists, reads and writes informationDeliveries (see providers/resourceSpec.ts). */
const data = define({
  list: G.ListInformationDeliveriesDocument,
  listVars: (a) => ({
    ...page(a),
    filter: {
      commitmentId: str(a.filter.commitmentId),
      exerciseId: str(a.filter.exerciseId),
      planId: str(a.filter.planId),
      deliveredById: str(a.filter.deliveredById),
      hasPageCount: bool(a.filter.hasPageCount),
      dateFrom: str(a.filter.dateFrom),
      dateTo: str(a.filter.dateTo),
    },
    orderBy: orderBy(a.sort, { deliveredOn: 'DELIVERED_ON', pages: 'PAGES' }),
  }),
  one: G.GetInformationDeliveryDocument,
  create: G.CreateInformationDeliveryDocument,
  update: G.UpdateInformationDeliveryDocument,
  remove: G.DeleteInformationDeliveryDocument,
  kind: 'InformationDelivery',
  restore: G.RestoreInformationDeliveryDocument,
  input: {
    ...sourced,
    commitmentId: (r) => r.commitment.id,
    description: (r) => r.description,
    deliveredOn: (r) => r.deliveredOn,
    pages: (r) => r.pages,
    pagesQualifier: (r) => r.pagesQualifier,
    deliveredById: (r) => r.deliveredBy?.id ?? null,
    deliveredByDescription: (r) => r.deliveredByDescription,
    requestId: (r) => r.request?.id ?? null,
  },
});

const views = {
  list: lazy(() => import('./DeliveryList')),
  show: lazy(() => import('./DeliveryShow')),
  create: lazy(() => import('./DeliveryForm').then((m) => ({ default: m.DeliveryCreate }))),
  edit: lazy(() => import('./DeliveryForm').then((m) => ({ default: m.DeliveryEdit }))),
  icon: Icon,
  recordRepresentation: 'description',
};

export default defineResource({
  name: 'informationDeliveries',
  menu: { group: 'work', position: 4 },
  views,
  data,
  labels: {
    'es-MX': {
      name: 'Entrega de información |||| Entregas de información',
      empty: 'No hay entregas con estos filtros. Regístralas desde la página del compromiso: cada una suma sus fojas.',
      fields: {
        ...SOURCED_FIELDS['es-MX'],
        commitmentId: 'Compromiso',
        commitment: 'Compromiso',
        description: 'Qué se entregó',
        deliveredOn: 'Fecha de entrega',
        pages: 'Fojas',
        pagesQualifier: 'Las fojas son',
        deliveredById: 'Entregó (una organización)',
        deliveredBy: 'Entregó',
        deliveredByDescription: 'Entregó (si fueron varias)',
        requestId: 'Solicitud que responde',
        request: 'Solicitud que responde',
        hasPageCount: 'Con conteo de fojas',
        exerciseId: 'Ejercicio',
        dateFrom: 'Desde',
        dateTo: 'Hasta',
      },
    },
    en: {
      name: 'Information delivery |||| Information deliveries',
      empty: "No deliveries match these filters. Record them from the commitment's page: each adds its pages.",
      fields: {
        ...SOURCED_FIELDS.en,
        commitmentId: 'Commitment',
        commitment: 'Commitment',
        description: 'What was delivered',
        deliveredOn: 'Delivered on',
        pages: 'Pages',
        pagesQualifier: 'The pages are',
        deliveredById: 'Delivered by (one organisation)',
        deliveredBy: 'Delivered by',
        deliveredByDescription: 'Delivered by (when several)',
        requestId: 'Request it answers',
        request: 'Request it answers',
        hasPageCount: 'With a page count',
        exerciseId: 'Exercise',
        dateFrom: 'From',
        dateTo: 'To',
      },
    },
  },
});
