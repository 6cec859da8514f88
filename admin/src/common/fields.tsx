import { Chip, Link as MuiLink, Typography } from '@mui/material';
import type { MouseEvent as ReactMouseEvent, ReactNode } from 'react';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { EnumMessages } from '../i18n/shape';
import { formatDateTime, formatNumber, formatPartialDate, formatPercent } from './format';

type AnyRecord = Record<string, unknown>;

/** Reads a dotted path ("commitment.title") off a record. */
export function at(record: AnyRecord | undefined, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as AnyRecord)[key] : undefined),
      record,
    );
}

/** "Sin dato", in grey: what the source does not say, never invented. */
export function Unknown() {
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
      {translate('tablero.common.unknown')}
    </Typography>
  );
}

export function usePartialDate() {
  const [locale] = useLocaleState();
  return (value: string | null | undefined) => formatPartialDate(value, locale);
}

export function useFormatters() {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return {
    locale,
    date: (value: string | null | undefined) => formatPartialDate(value, locale),
    dateTime: (value: string | null | undefined) => formatDateTime(value, locale),
    number: (value: number) => formatNumber(value, locale),
    percent: (value: number) => formatPercent(value, locale),
    /** "más de 4,016" or "4,016". */
    count: (value: number, qualifier: string | null | undefined) =>
      qualifier === 'MORE_THAN'
        ? translate('tablero.pages.more_than', { count: formatNumber(value, locale) })
        : formatNumber(value, locale),
    enumLabel: <E extends keyof EnumMessages>(kind: E, value: string | null | undefined) =>
      value ? translate(`enums.${kind}.${value}`) : '',
  };
}

/** A partial date at its own precision; "Sin dato" when there is none. */
export function PartialDateField({
  source,
  emptyUnknown = false,
}: {
  source: string;
  label?: string;
  emptyUnknown?: boolean;
}) {
  const record = useRecordContext<AnyRecord>();
  const format = usePartialDate();
  const value = at(record, source) as string | null | undefined;
  if (!value) return emptyUnknown ? <Unknown /> : null;
  return (
    <Typography component="span" variant="body2">
      <time dateTime={value}>{format(value)}</time>
    </Typography>
  );
}

/** An enum value by its label (enums.<Kind>.<VALUE>). */
export function EnumField({ source, kind }: { source: string; kind: keyof EnumMessages; label?: string }) {
  const record = useRecordContext<AnyRecord>();
  const { enumLabel } = useFormatters();
  const value = at(record, source) as string | null | undefined;
  return value ? (
    <Typography component="span" variant="body2">
      {enumLabel(kind, value)}
    </Typography>
  ) : null;
}

const STATUS_COLORS: Record<string, 'default' | 'success' | 'warning' | 'info' | 'error'> = {
  DONE: 'success',
  IN_PROGRESS: 'info',
  PENDING: 'warning',
  NOT_STARTED: 'default',
  CANCELLED: 'default',
  UNKNOWN: 'default',
  DRAFT: 'warning',
  PUBLISHED: 'success',
  FULL: 'success',
  PARTIAL: 'info',
  NONE: 'error',
  DISPUTED: 'error',
  CONFIRMED: 'success',
};

/** A status as a chip (its text always says it: colour is only a second cue). */
export function StatusChip({ kind, value }: { kind: keyof EnumMessages; value: string | null | undefined }) {
  const { enumLabel } = useFormatters();
  if (!value) return null;
  return (
    <Chip size="small" variant="outlined" color={STATUS_COLORS[value] ?? 'default'} label={enumLabel(kind, value)} />
  );
}

export function StatusField({ source, kind }: { source: string; kind: keyof EnumMessages; label?: string }) {
  const record = useRecordContext<AnyRecord>();
  return <StatusChip kind={kind} value={at(record, source) as string | null | undefined} />;
}

export function PublicationField(_props: { label?: string; source?: string }) {
  return <StatusField source="publication" kind="Publication" />;
}

/** Pages with their qualifier ("más de 4,016"), and the deliveries that have no count. */
export function PagesField({
  source = 'pagesDelivered',
  detail = false,
}: {
  source?: string;
  label?: string;
  detail?: boolean;
}) {
  const record = useRecordContext<AnyRecord>();
  const translate = useTranslate();
  const { count } = useFormatters();
  const pages = at(record, source) as
    { pages: number | null; qualifier: string; deliveriesWithoutPageCount?: number } | null | undefined;
  if (pages?.pages == null) return <Unknown />;
  return (
    <Typography component="span" variant="body2">
      {count(pages.pages, pages.qualifier)}
      {detail && pages.deliveriesWithoutPageCount
        ? ` · ${translate('tablero.pages.without_count', { smart_count: pages.deliveriesWithoutPageCount })}`
        : ''}
    </Typography>
  );
}

/** Organisations as a comma-separated list, each a link to its page. */
export function OrgsField({ source }: { source: string; label?: string }) {
  const record = useRecordContext<AnyRecord>();
  const createPath = useCreatePath();
  const orgs = (at(record, source) as { id: string; name: string; abbreviation?: string | null }[] | null) ?? [];
  if (!orgs.length) return null;
  return (
    <Typography component="span" variant="body2">
      {orgs.map((org, i) => (
        <span key={org.id}>
          {i > 0 ? ', ' : ''}
          <Link
            to={createPath({ resource: 'organizations', id: org.id, type: 'show' })}
            onClick={(e: ReactMouseEvent) => e.stopPropagation()}
            title={org.name}
          >
            {org.abbreviation || org.name}
          </Link>
        </span>
      ))}
    </Typography>
  );
}

/** A link to a related record ("commitment" → /commitments/:id/show) showing `text`. */
export function RelatedLink({
  source,
  resource,
  text,
}: {
  source: string;
  resource: string;
  text: (value: AnyRecord) => ReactNode;
  label?: string;
}) {
  const record = useRecordContext<AnyRecord>();
  const createPath = useCreatePath();
  const value = at(record, source) as AnyRecord | null | undefined;
  if (!value || typeof value.id !== 'string') return null;
  return (
    <Link
      to={createPath({ resource, id: value.id, type: 'show' })}
      onClick={(e: ReactMouseEvent) => e.stopPropagation()}
    >
      {text(value)}
    </Link>
  );
}

/** Where the record comes from: the document and the section or sentence in it. */
export function SourceField(_props: { label?: string; source?: string }) {
  const record = useRecordContext<{
    source?: { note: string | null; document: { id: string; title: string } | null } | null;
  }>();
  if (!record?.source) return <Unknown />;
  return (
    <Typography component="span" variant="body2">
      {record.source.document ? <em>{record.source.document.title}</em> : null}
      {record.source.document && record.source.note ? ': ' : ''}
      {record.source.note}
    </Typography>
  );
}

/** "Versión 3 · actualizado el 25 de noviembre de 2026, 9:41". */
export function RecordMeta() {
  const record = useRecordContext<{ version?: number; updatedAt?: string }>();
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  if (!record?.version) return null;
  return (
    <Typography variant="caption" color="text.secondary">
      {translate('tablero.common.record_meta', { version: record.version, date: dateTime(record.updatedAt) })}
    </Typography>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <MuiLink href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </MuiLink>
  );
}
