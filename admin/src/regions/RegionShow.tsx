import { Typography } from '@mui/material';
import { TextField, useRecordContext } from 'react-admin';
import { RelatedLink } from '../common/fields';
import { RecordShow } from '../common/ShowPage';
import type { RegionRecordFragment } from '../generated/graphql';

function Municipalities(_props: { source?: string }) {
  const record = useRecordContext<RegionRecordFragment>();
  if (!record?.municipalities.length) return null;
  return (
    <Typography variant="body2">{record.municipalities.map((m) => `${m.name} (${m.cvegeo})`).join(', ')}</Typography>
  );
}

export default function RegionShow() {
  return (
    <RecordShow>
      <TextField source="name" />
      <RelatedLink source="state" resource="states" text={(s) => String(s.name)} />
      <RelatedLink source="seat" resource="municipalities" text={(m) => String(m.name)} />
      <Municipalities source="municipalities" />
    </RecordShow>
  );
}
