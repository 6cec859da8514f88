import { Typography } from '@mui/material';
import { BooleanField, Link, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EnumField, RelatedLink, useFormatters } from '../common/fields';
import { RecordShow } from '../common/ShowPage';
import type { PostRecordFragment } from '../generated/graphql';

function Holders(_props: { source?: string }) {
  const record = useRecordContext<PostRecordFragment>();
  const translate = useTranslate();
  const { date } = useFormatters();
  if (!record?.memberships.length)
    return <Typography variant="body2">{translate('tablero.timeline.vacant')}</Typography>;
  return (
    <ul>
      {record.memberships.map((m) => (
        <li key={m.id}>
          <Typography variant="body2">
            <Link to={`/memberships/${m.id}/show`}>
              {m.person?.name ?? m.onBehalfOf?.name ?? translate('tablero.timeline.body_only')}
            </Link>{' '}
            ·{' '}
            {translate('tablero.timeline.period', {
              start: date(m.startDate) || '?',
              end: m.endDate ? date(m.endDate) : translate('tablero.timeline.until_now'),
            })}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

export default function PostShow() {
  return (
    <RecordShow>
      <TextField source="label" />
      <EnumField source="role" kind="SeatRole" />
      <EnumField source="sector" kind="Sector" />
      <BooleanField source="voting" />
      <RelatedLink source="region" resource="regions" text={(r) => String(r.name)} />
      <RelatedLink source="secretariat" resource="secretariats" text={(s) => String(s.name)} />
      <Holders source="memberships" />
    </RecordShow>
  );
}
