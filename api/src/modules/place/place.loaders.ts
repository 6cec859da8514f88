import { byId, manyBy } from '../../common/loaders';
import { Municipality } from './municipality.entity';
import { Region } from './region.entity';
import { State } from './state.entity';
import { Venue } from './venue.entity';

export const stateById = byId(State);
export const regionById = byId(Region);
export const municipalityById = byId(Municipality);
export const venueById = byId(Venue);
export const municipalitiesByState = manyBy(Municipality, 'stateId', { inegiKey: 'ASC' });
export const municipalitiesByRegion = manyBy(Municipality, 'regionId', { inegiKey: 'ASC' });
export const regionsByState = manyBy(Region, 'stateId', { name: 'ASC' });
