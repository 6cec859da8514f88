import { Typography } from '@mui/material';
import { Link, TextField, useRecordContext } from 'react-admin';
import { RecordShow } from '../common/ShowPage';
import type { GetStateQuery } from '../generated/graphql';

function Exercises(_props: { source?: string }) {
  const record = useRecordContext<GetStateQuery['record']>();
  if (!record?.exercises.length) return null;
  return (
    <ul>
      {record.exercises.map((e) => (
        <li key={e.id}>
          <Link to={`/exercises/${e.id}/show`}>{e.title}</Link>
        </li>
      ))}
    </ul>
  );
}

function Regions(_props: { source?: string }) {
  const record = useRecordContext<GetStateQuery['record']>();
  if (!record?.regions.length) return null;
  return <Typography variant="body2">{record.regions.map((r) => r.name).join(', ')}</Typography>;
}

export default function StateShow() {
  return (
    <RecordShow sourced={false}>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="inegiKey" />
      <TextField source="ocdId" emptyText="—" />
      <Regions source="regions" />
      <Exercises source="exercises" />
    </RecordShow>
  );
}
