import TimelineIcon from '@mui/icons-material/Timeline';
import { Button } from '@mui/material';
import { Link, NumberField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { PartialDateField, RelatedLink } from '../common/fields';
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

export default function SecretariatShow() {
  return (
    <RecordShow actions={<TimelineButton />}>
      <TextField source="name" />
      <TextField source="abbreviation" emptyText="—" />
      <RelatedLink source="exercise" resource="exercises" text={(e) => String(e.title)} />
      <PartialDateField source="installedOn" emptyUnknown />
      <NumberField source="nationalOrder" emptyText="—" />
      <Paragraph source="decisionRule" />
    </RecordShow>
  );
}
