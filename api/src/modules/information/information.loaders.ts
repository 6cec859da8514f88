import { byId, manyBy, rowsByKey } from '../../common/loaders';
import { publicCondition } from '../../common/public-reach';
import { CountQualifier } from '../event/event.enums';
import { InformationDelivery } from './information-delivery.entity';
import { InformationRequest } from './information-request.entity';
import type { PagesDelivered } from './information.types';

export const informationRequestById = byId(InformationRequest);
export const informationDeliveryById = byId(InformationDelivery);
export const requestsByCommitment = manyBy(InformationRequest, 'commitmentId', { requestedOn: 'ASC', subject: 'ASC' });
export const deliveriesByCommitment = manyBy(InformationDelivery, 'commitmentId', { deliveredOn: 'ASC', description: 'ASC' });
export const deliveriesByRequest = manyBy(InformationDelivery, 'requestId', { deliveredOn: 'ASC' });
export const deliveriesByOrganization = manyBy(InformationDelivery, 'deliveredById', { deliveredOn: 'ASC' });

interface PagesRow {
  key: string;
  pages: string | null;
  lower_bound: boolean | null;
  counted: string;
  uncounted: string;
}

const toPages = (row: PagesRow | undefined): PagesDelivered => ({
  pages: Number(row?.pages ?? 0),
  qualifier: row?.lower_bound ? CountQualifier.MORE_THAN : CountQualifier.EXACT,
  deliveriesCounted: Number(row?.counted ?? 0),
  deliveriesWithoutPageCount: Number(row?.uncounted ?? 0),
});

/** Pages (fojas) delivered, summed in SQL over the public deliveries `scope` joins to each key. */
const pagesBy = (keyColumn: string, scope: string) =>
  rowsByKey<PagesRow, PagesDelivered>(
    `SELECT ${keyColumn} AS key, sum(d.pages) AS pages, bool_or(d.pages_qualifier = 'MORE_THAN') AS lower_bound,
            count(d.pages) AS counted, count(*) - count(d.pages) AS uncounted
       FROM information_delivery d ${scope}
      WHERE ${keyColumn} = ANY($1) AND ${publicCondition('information_delivery', 'd')} GROUP BY ${keyColumn}`,
    toPages,
  );

export const pagesByCommitment = pagesBy('d.commitment_id', '');
export const pagesByPlan = pagesBy('c.plan_id', 'JOIN commitment c ON c.id = d.commitment_id');
export const pagesByExercise = pagesBy('p.exercise_id', 'JOIN commitment c ON c.id = d.commitment_id JOIN action_plan p ON p.id = c.plan_id');
export const pagesByOrganization = pagesBy('d.delivered_by_id', '');
