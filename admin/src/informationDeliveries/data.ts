import * as G from '../generated/graphql';
import { bool, define, orderBy, page, sourced, str } from '../providers/resourceSpec';

/** How the data provider lists, reads and writes informationDeliveries (see providers/resourceSpec.ts). */
export default define({
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
