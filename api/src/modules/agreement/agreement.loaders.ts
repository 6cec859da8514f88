import { byId, manyBy, manyThrough } from '../../common/loaders';
import { Organization } from '../organization/organization.entity';
import { AgreementResponsible } from './agreement-responsible.entity';
import { Agreement } from './agreement.entity';

export const agreementById = byId(Agreement);
export const agreementsBySession = manyBy(Agreement, 'sessionId', { position: 'ASC' });
export const agreementsByEvent = manyBy(Agreement, 'eventId', { position: 'ASC' });
export const responsiblesByAgreement = manyThrough(
  Organization,
  { entity: AgreementResponsible, keyColumn: 'agreementId', targetColumn: 'organizationId' },
  { name: 'ASC' },
);
