import { NumberField, TextField, useRecordContext } from 'react-admin';
import { Typography } from '@mui/material';
import { PartialDateField, RelatedLink, StatusField, useFormatters } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import type { InformationRequestRecordFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';

function Deliveries(_props: { label?: string; source?: string }) {
  const record = useRecordContext<InformationRequestRecordFragment>();
  const { date, count } = useFormatters();
  if (!record?.deliveries.length) return null;
  return (
    <ul>
      {record.deliveries.map((d) => (
        <li key={d.id}>
          <Typography variant="body2">
            {d.deliveredOn ? `${date(d.deliveredOn)} · ` : ''}
            {d.description}
            {d.pages != null ? ` · ${count(d.pages, d.pagesQualifier)}` : ''}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

export default function RequestShow() {
  return (
    <RecordShow>
      <RelatedLink source="commitment" resource="commitments" text={commitmentLabel} />
      <Paragraph source="subject" />
      <PartialDateField source="requestedOn" emptyUnknown />
      <RelatedLink source="recipient" resource="organizations" text={(o) => String(o.name)} />
      <TextField source="recipientDescription" emptyText="—" />
      <NumberField source="recipientCount" emptyText="—" />
      <NumberField source="respondedCount" emptyText="—" />
      <StatusField source="response" kind="RequestResponse" />
      <Paragraph source="responseNote" />
      <Deliveries source="deliveries" />
    </RecordShow>
  );
}
