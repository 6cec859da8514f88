import TimelineIcon from '@mui/icons-material/Timeline';
import { Button } from '@mui/material';
import { Link, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { PartialDateField, RelatedLink, useFormatters } from '../common/fields';
import type { SecretariatRecordFragment } from '../generated/graphql';
import { Paragraph, RecordShow } from '../common/ShowPage';

function TimelineButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/secretariats/${record.id}/timeline`} startIcon={<TimelineIcon />} size="small">
      {translate('tablero.timeline.open')}
    </Button>
  );
}

/** Seats per sector as the source declares them ("2 representantes…"), or "Sin dato". */
function DeclaredSeatsField(_props: { source: string; label?: string }) {
  const record = useRecordContext<SecretariatRecordFragment>();
  const translate = useTranslate();
  const { enumLabel, number } = useFormatters();
  if (!record?.declaredSeats?.length) return <>{translate('tablero.common.unknown')}</>;
  return <>{record.declaredSeats.map((d) => `${enumLabel('Sector', d.sector)}: ${number(d.seats)}`).join(' · ')}</>;
}

export default function SecretariatShow() {
  return (
    <RecordShow actions={<TimelineButton />}>
      <TextField source="name" />
      <TextField source="abbreviation" emptyText="—" />
      <RelatedLink source="exercise" resource="exercises" text={(e) => String(e.title)} />
      <PartialDateField source="installedOn" emptyUnknown />
      <NumberField source="nationalOrder" emptyText="—" />
      <Paragraph source="decisionRule" />
      <DeclaredSeatsField source="declaredSeats" />
    </RecordShow>
  );
}
