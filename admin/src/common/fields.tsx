import { Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import type { MouseEvent as ReactMouseEvent, ReactNode } from 'react';
import { Link, useCreatePath, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { CountQualifier, ProgressUnknownReason } from '../generated/graphql';
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

export interface Progress {
  percent: number | null;
  unknownReason: ProgressUnknownReason | null;
  milestonesDone: number;
  milestonesTotal: number;
  /** Counted milestones whose reported status civil society disputes (absent where not asked for). */
  milestonesDisputed?: number;
}

/** A commitment's progress: a bar with its percent, or, when it cannot be measured, why (never 0 %). */
/** Where staff see a commitment's progress as the public does: the embeddable widget, live, on the embed page. */
export const publicViewPath = (commitmentId: string) =>
  `/embed?widget=ta-commitment-progress&target=commitment&id=${encodeURIComponent(commitmentId)}`;

function PublicViewLink({ commitmentId, name }: { commitmentId: string; name: string }) {
  const translate = useTranslate();
  return (
    <Link
      to={publicViewPath(commitmentId)}
      onClick={(e: ReactMouseEvent) => e.stopPropagation()}
      aria-label={translate('tablero.progress.public_view_of', { name })}
      sx={{ whiteSpace: 'nowrap', typography: 'body2' }}
    >
      {translate('tablero.progress.public_view')}
    </Link>
  );
}

/**
 * A commitment's progress with its disputed milestones; with `commitmentId`, a link to what the
 * public sees of it (the widget), where civil society's disputes show as they do here.
 */
export function ProgressView({
  progress,
  name,
  commitmentId,
}: {
  progress: Progress | null | undefined;
  name: string;
  commitmentId?: string;
}) {
  const translate = useTranslate();
  const { percent, enumLabel } = useFormatters();
  if (!progress) return <Unknown />;
  if (progress.percent == null) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {translate('tablero.progress.unknown', {
            reason: enumLabel('ProgressUnknownReason', progress.unknownReason),
          })}
        </Typography>
        {commitmentId ? <PublicViewLink commitmentId={commitmentId} name={name} /> : null}
      </Stack>
    );
  }
  const measured = translate('tablero.progress.measured', {
    percent: percent(progress.percent),
    done: progress.milestonesDone,
    total: progress.milestonesTotal,
  });
  // Civil society's disputes travel with the figure, as the public sees them.
  const text = progress.milestonesDisputed
    ? `${measured} · ${translate('tablero.progress.disputed', { smart_count: progress.milestonesDisputed })}`
    : measured;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 160 }}>
      <div
        role="progressbar"
        aria-label={name}
        aria-valuenow={progress.percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
        style={{ flex: '0 0 80px', height: 8, background: '#c9d3dd', borderRadius: 4, overflow: 'hidden' }}
      >
        <div style={{ width: `${progress.percent}%`, height: '100%', background: '#0b5d3b' }} />
      </div>
      <Typography component="span" variant="body2">
        {text}
      </Typography>
      {commitmentId ? <PublicViewLink commitmentId={commitmentId} name={name} /> : null}
    </Stack>
  );
}

export function ProgressField({ source = 'progress' }: { source?: string; label?: string }) {
  const record = useRecordContext<AnyRecord>();
  const title = String(at(record, 'title') ?? '');
  return (
    <ProgressView
      progress={at(record, source) as Progress | null}
      name={title}
      commitmentId={record?.id == null ? undefined : String(record.id)}
    />
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

export const commitmentLabel = (c: AnyRecord) =>
  c.number != null ? `${c.number}. ${String(c.title)}` : String(c.title);

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
