import { TextField } from 'react-admin';
import { PartialDateField, RelatedLink } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { commitmentLabel } from '../commitments/labels';
import { DeliveryPagesField } from './fields';

export default function DeliveryShow() {
  return (
    <RecordShow>
      <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
      <Paragraph source="description" />
      <PartialDateField source="deliveredOn" emptyUnknown />
      <DeliveryPagesField source="pages" />
      <RelatedLink source="deliveredBy" resource="organizations" text={(o) => String(o.name)} />
      <TextField source="deliveredByDescription" emptyText="—" />
      <RelatedLink source="request" resource="informationRequests" text={(r) => String(r.subject)} />
      <DocumentsPanel parent="informationDeliveryId" kind="EVIDENCE" />
    </RecordShow>
  );
}
