import { defineRecordKind } from '../../common/record-kind';
import { Organization } from './organization.entity';
import { Person } from './person.entity';

/** Bodies and people: of a state, or national (no state). */
export const organizationKind = defineRecordKind({
  table: 'organization',
  entity: Organization,
  reach: { record: [] },
  state: (a) => `${a}.state_id`,
});

export const personKind = defineRecordKind({
  table: 'person',
  entity: Person,
  reach: { record: [] },
  state: (a) => `${a}.state_id`,
  optionalColumns: ['honorificPrefix'],
});
