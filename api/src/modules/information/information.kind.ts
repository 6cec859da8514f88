import { defineRecordKind } from '../../common/record-kind';
import { underCommitment } from '../commitment/commitment.kind';
import { InformationDelivery } from './information-delivery.entity';
import { InformationRequest } from './information-request.entity';

export const informationRequestKind = defineRecordKind({
  table: 'information_request',
  entity: InformationRequest,
  ...underCommitment,
  writers: { agency: 'responsible' },
  optionalColumns: ['recipientDescription', 'responseNote'],
});

export const informationDeliveryKind = defineRecordKind({
  table: 'information_delivery',
  entity: InformationDelivery,
  ...underCommitment,
  writers: { agency: 'responsible' },
  optionalColumns: ['deliveredByDescription', 'description'],
});
