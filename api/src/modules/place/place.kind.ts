import { defineRecordKind } from '../../common/record-kind';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { State } from './state.entity';
import { Venue } from './venue.entity';

export const stateKind = defineRecordKind({ table: 'state', entity: State, reach: 'always', state: (a) => `${a}.id` });

export const municipalityKind = defineRecordKind({
  table: 'municipality',
  entity: Municipality,
  reach: 'always',
  state: (a) => `${a}.state_id`,
});

export const regionKind = defineRecordKind({
  table: 'region',
  entity: Region,
  reach: { record: [] },
  state: (a) => `${a}.state_id`,
});

export const venueKind = defineRecordKind({
  table: 'venue',
  entity: Venue,
  reach: { record: [] },
  state: (a) => `(SELECT m.state_id FROM municipality m WHERE m.id = ${a}.municipality_id)`,
});
