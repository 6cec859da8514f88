import { byId, manyBy } from '../../common/loaders';
import { Organization } from './organization.entity';
import { Person } from './person.entity';

export const organizationById = byId(Organization);
export const personById = byId(Person);
export const organizationsByParent = manyBy(Organization, 'parentId', { name: 'ASC' });
