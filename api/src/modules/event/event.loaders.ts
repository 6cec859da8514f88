import { byId, manyBy, manyThrough } from '../../common/loaders';
import { Commitment } from '../commitment/commitment.entity';
import { EventCommitment, EventOrganization, EventTheme } from './event-links.entity';
import { Theme } from '../theme/theme.entity';
import { Event } from './event.entity';

export const eventById = byId(Event);
export const eventsByParent = manyBy(Event, 'parentId', { startDate: 'ASC', title: 'ASC' });
export const participationsByEvent = manyBy(EventOrganization, 'eventId', { role: 'ASC' });
export const commitmentsByEvent = manyThrough(
  Commitment,
  { entity: EventCommitment, keyColumn: 'eventId', targetColumn: 'commitmentId' },
  { number: 'ASC' },
);
export const eventsByCommitment = manyThrough(
  Event,
  { entity: EventCommitment, keyColumn: 'commitmentId', targetColumn: 'eventId' },
  { startDate: 'ASC' },
);
export const themesByEvent = manyThrough(
  Theme,
  { entity: EventTheme, keyColumn: 'eventId', targetColumn: 'themeId' },
  { name: 'ASC' },
);
