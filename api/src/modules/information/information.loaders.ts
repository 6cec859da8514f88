import { byId, manyBy, rowsByKey } from '../../common/loaders';
import { publicCondition } from '../../common/public-reach';
import { InformationDelivery } from './information-delivery.entity';
import { InformationRequest } from './information-request.entity';
import { PAGES_AGGREGATES, pagesTotal, type PagesAggregates, type PagesDelivered } from './information.types';

export const informationRequestById = byId(InformationRequest);
export const informationDeliveryById = byId(InformationDelivery);
export const requestsByCommitment = manyBy(InformationRequest, 'commitmentId', { requestedOn: 'ASC', subject: 'ASC' });
export const deliveriesByCommitment = manyBy(InformationDelivery, 'commitmentId', {
  deliveredOn: 'ASC',
  description: 'ASC',
});
export const deliveriesByRequest = manyBy(InformationDelivery, 'requestId', { deliveredOn: 'ASC' });
export const deliveriesByOrganization = manyBy(InformationDelivery, 'deliveredById', { deliveredOn: 'ASC' });

/** Pages (fojas) delivered, summed in SQL over the public deliveries `scope` joins to each key. */
const pagesBy = (keyColumn: string, scope: string) =>
  rowsByKey<PagesAggregates & { key: string }, PagesDelivered>(
    `SELECT ${keyColumn} AS key, ${PAGES_AGGREGATES}
       FROM information_delivery d ${scope}
      WHERE ${keyColumn} = ANY($1) AND ${publicCondition('information_delivery', 'd')} GROUP BY ${keyColumn}`,
    pagesTotal,
  );

export const pagesByCommitment = pagesBy('d.commitment_id', '');
export const pagesByPlan = pagesBy('c.plan_id', 'JOIN commitment c ON c.id = d.commitment_id');
export const pagesByExercise = pagesBy(
  'p.exercise_id',
  'JOIN commitment c ON c.id = d.commitment_id JOIN action_plan p ON p.id = c.plan_id',
);
export const pagesByOrganization = pagesBy('d.delivered_by_id', '');
