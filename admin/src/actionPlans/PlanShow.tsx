import { TableBody, TableCell, TableRow } from '@mui/material';
import { Link, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { PagesField, PartialDateField, RelatedLink, StatusChip, Unknown, useFormatters } from '../common/fields';
import { ColumnHeads, WideTable } from '../common/ColumnHeads';
import { Paragraph, RecordShow } from '../common/ShowPage';
import type { ActionPlanRecordFragment } from '../generated/graphql';
import { commitmentLabel } from '../commitments/labels';
import { ProgressView } from '../commitments/progress';

function Commitments(_props: { source?: string }) {
  const record = useRecordContext<ActionPlanRecordFragment>();
  const translate = useTranslate();
  const { count } = useFormatters();
  if (!record?.commitments.length) return null;
  return (
    <WideTable aria-label={translate('resources.actionPlans.fields.commitments')}>
      <ColumnHeads
        columns={[
          'resources.commitments.fields.title',
          'resources.commitments.fields.progress',
          'resources.commitments.fields.pagesDelivered',
          'resources.commitments.fields.publication',
        ]}
      />
      <TableBody>
        {record.commitments.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <Link to={`/commitments/${c.id}/show`}>{commitmentLabel(c)}</Link>
            </TableCell>
            <TableCell>
              <ProgressView progress={c.progress} name={c.title} commitmentId={c.id} />
            </TableCell>
            <TableCell>
              {c.pagesDelivered.pages == null ? <Unknown /> : count(c.pagesDelivered.pages, c.pagesDelivered.qualifier)}
            </TableCell>
            <TableCell>
              <StatusChip kind="Publication" value={c.publication} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </WideTable>
  );
}

export default function PlanShow() {
  return (
    <RecordShow>
      <TextField source="title" />
      <RelatedLink source="exercise" resource="exercises" text={(e) => String(e.title)} />
      <NumberField source="startYear" options={{ useGrouping: false }} />
      <NumberField source="endYear" options={{ useGrouping: false }} />
      <PartialDateField source="agreedOn" emptyUnknown />
      <PartialDateField source="signedOn" emptyUnknown />
      <PartialDateField source="publishedOn" emptyUnknown />
      <TextField source="publishedIn" emptyText="—" />
      <PartialDateField source="workStartOn" emptyUnknown />
      <Paragraph source="methodology" />
      <PagesField source="pagesDelivered" />
      <Commitments source="commitments" />
    </RecordShow>
  );
}
