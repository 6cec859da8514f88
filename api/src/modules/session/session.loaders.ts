import { byId, manyBy } from '../../common/loaders';
import { Session } from './session.entity';

export const sessionById = byId(Session);
export const sessionsBySecretariat = manyBy(Session, 'secretariatId', { date: 'ASC', type: 'ASC', number: 'ASC' });
