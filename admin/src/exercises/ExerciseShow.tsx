import { Typography } from '@mui/material';
import { BooleanField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { PagesField, PartialDateField, RelatedLink, Unknown, useFormatters } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import type { ExerciseRecordFragment } from '../generated/graphql';

function Statistics(_props: { source?: string }) {
  const record = useRecordContext<ExerciseRecordFragment>();
  const translate = useTranslate();
  const { number, count, enumLabel } = useFormatters();
  if (!record) return null;
  const s = record.statistics;
  return (
    <ul>
      <li>
        <Typography variant="body2">
          {translate('resources.sessions.name', { smart_count: 2 })}:{' '}
          {s.sessions == null || s.ordinarySessions == null || s.extraordinarySessions == null ? (
            <Unknown />
          ) : (
            `${number(s.sessions)} (${enumLabel('SessionType', 'ORDINARY')}: ${number(s.ordinarySessions)}; ${enumLabel('SessionType', 'EXTRAORDINARY')}: ${number(s.extraordinarySessions)})`
          )}
        </Typography>
      </li>
      <li>
        <Typography variant="body2">
          {translate('resources.commitments.name', { smart_count: 2 })}: {number(s.commitments)}
        </Typography>
      </li>
      <li>
        <Typography variant="body2">
          {translate('resources.events.name', { smart_count: 2 })}: {number(s.events)}
          {s.attendance
            ? ` · ${translate('resources.events.fields.attendance')}: ${count(s.attendance.value, s.attendance.qualifier)}`
            : ''}
        </Typography>
      </li>
      <li>
        <Typography variant="body2">
          {translate('resources.agreements.name', { smart_count: 2 })}:{' '}
          {s.agreements == null || s.agreementsByStatus == null ? (
            <Unknown />
          ) : (
            `${number(s.agreements)} (${s.agreementsByStatus
              .filter((a) => a.count > 0)
              .map((a) => `${enumLabel('AgreementStatus', a.status)}: ${number(a.count)}`)
              .join('; ')})`
          )}
        </Typography>
      </li>
    </ul>
  );
}

export default function ExerciseShow() {
  return (
    <RecordShow>
      <TextField source="title" />
      <TextField source="slug" />
      <RelatedLink source="state" resource="states" text={(s) => String(s.name)} />
      <Paragraph source="description" />
      <PartialDateField source="startDate" emptyUnknown />
      <PartialDateField source="endDate" />
      <PartialDateField source="jointDeclarationOn" emptyUnknown />
      <Paragraph source="reportedStatus" />
      <RelatedLink source="evaluator" resource="organizations" text={(o) => String(o.name)} />
      <RelatedLink source="guarantor" resource="organizations" text={(o) => String(o.name)} />
      <RelatedLink source="localAuthority" resource="organizations" text={(o) => String(o.name)} />
      <BooleanField source="isDemo" />
      <PagesField source="pagesDelivered" detail />
      <Statistics source="statistics" />
    </RecordShow>
  );
}
