import { Typography } from '@mui/material';
import { Link, TextField, useRecordContext, useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import { RecordShow } from '../common/ShowPage';
import type { PersonRecordFragment } from '../generated/graphql';

function Seats(_props: { source?: string }) {
  const record = useRecordContext<PersonRecordFragment>();
  const translate = useTranslate();
  const { date } = useFormatters();
  if (!record?.memberships.length) return null;
  return (
    <ul>
      {record.memberships.map((m) => (
        <li key={m.id}>
          <Typography variant="body2">
            <Link to={`/memberships/${m.id}/show`}>{m.post.label}</Link> ({m.post.secretariat.name}) ·{' '}
            {translate('tablero.timeline.period', {
              start: date(m.startDate) || '?',
              end: m.endDate ? date(m.endDate) : translate('tablero.timeline.until_now'),
            })}
            {m.title ? ` · ${m.title}` : ''}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

export default function PersonShow() {
  return (
    <RecordShow>
      <TextField source="honorificPrefix" emptyText="—" />
      <TextField source="name" />
      <Seats source="memberships" />
    </RecordShow>
  );
}
