import { Typography } from '@mui/material';
import { Link, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, PartialDateField, RelatedLink, StatusChip, useFormatters } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import type { EventRecordFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';

function Attendance(_props: { source?: string }) {
  const record = useRecordContext<EventRecordFragment>();
  const { count } = useFormatters();
  if (!record || record.attendeeCount == null) return null;
  return <Typography variant="body2">{count(record.attendeeCount, record.attendeeCountQualifier)}</Typography>;
}

function Commitments(_props: { source?: string }) {
  const record = useRecordContext<EventRecordFragment>();
  if (!record?.commitments.length) return null;
  return (
    <ul>
      {record.commitments.map((c) => (
        <li key={c.id}>
          <Link to={`/commitments/${c.id}/show`}>{commitmentLabel(c)}</Link>
        </li>
      ))}
    </ul>
  );
}

function Organizations(_props: { source?: string }) {
  const record = useRecordContext<EventRecordFragment>();
  const { enumLabel } = useFormatters();
  if (!record?.organizations.length) return null;
  return (
    <ul>
      {record.organizations.map((o) => (
        <li key={`${o.role}-${o.organization.id}`}>
          <Typography variant="body2">
            {enumLabel('EventOrganizationRole', o.role)}:{' '}
            <Link to={`/organizations/${o.organization.id}/show`}>{o.organization.name}</Link>
          </Typography>
        </li>
      ))}
    </ul>
  );
}

function Agreements(_props: { source?: string }) {
  const record = useRecordContext<EventRecordFragment>();
  const translate = useTranslate();
  if (!record?.agreements.length)
    return <Typography variant="body2">{translate('tablero.session.no_agreements')}</Typography>;
  return (
    <ol>
      {record.agreements.map((a) => (
        <li key={a.id}>
          <Typography variant="body2">
            <Link to={`/agreements/${a.id}/show`}>{a.text}</Link> <StatusChip kind="AgreementStatus" value={a.status} />
          </Typography>
        </li>
      ))}
    </ol>
  );
}

export default function EventShow() {
  return (
    <RecordShow>
      <EnumField source="kind" kind="EventKind" />
      <TextField source="title" />
      <Paragraph source="description" />
      <PartialDateField source="startDate" emptyUnknown />
      <PartialDateField source="endDate" />
      <RelatedLink source="municipality" resource="municipalities" text={(m) => String(m.name)} />
      <RelatedLink source="venue" resource="venues" text={(v) => String(v.name)} />
      <RelatedLink source="region" resource="regions" text={(r) => String(r.name)} />
      <RelatedLink source="parent" resource="events" text={(e) => String(e.title)} />
      <Attendance source="attendance" />
      <Paragraph source="attendanceNote" />
      <Commitments source="commitments" />
      <Organizations source="organizations" />
      <Agreements source="agreements" />
      <DocumentsPanel parent="eventId" kind="ACTA" />
    </RecordShow>
  );
}
