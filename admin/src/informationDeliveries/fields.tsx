import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { Unknown, useFormatters } from '../common/fields';
import type { CountQualifier } from '../generated/graphql';

/** A single delivery's pages: the count with its qualifier, or "Sin dato". */
export function DeliveryPagesField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<{ pages: number | null; pagesQualifier: CountQualifier | null }>();
  const { count } = useFormatters();
  if (!record || record.pages == null) return <Unknown />;
  return (
    <Typography component="span" variant="body2">
      {count(record.pages, record.pagesQualifier)}
    </Typography>
  );
}
