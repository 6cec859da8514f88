import type { MouseEvent } from 'react';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import type { AgreementRowFragment } from '../generated/graphql';

/** Where an agreement was taken: "Sesión ordinaria 4 (4 de mayo de 2016)" or the meeting's title. */
export function TakenAtField(_props: { source?: string; label?: string }) {
  const record = useRecordContext<AgreementRowFragment>();
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  if (!record) return null;
  if (record.session) {
    return (
      <Link to={`/sessions/${record.session.id}/show`} onClick={(e: MouseEvent) => e.stopPropagation()}>
        {translate('tablero.session.title', {
          type: enumLabel('SessionType', record.session.type),
          number: record.session.number,
        })}{' '}
        ({date(record.session.date)})
      </Link>
    );
  }
  if (record.event) {
    return (
      <Link to={`/events/${record.event.id}/show`} onClick={(e: MouseEvent) => e.stopPropagation()}>
        {record.event.title}
      </Link>
    );
  }
  return null;
}
