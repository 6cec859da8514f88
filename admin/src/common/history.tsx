import { Box, List, ListItem, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import * as G from '../generated/graphql';
import type { EnumMessages } from '../i18n/shape';
import { intlLocale } from '../providers/i18nProvider';
import { request } from '../providers/graphql';
import { RESTORABLE } from '../trash/restorable';
import { formatNumber, formatPartialDate } from './format';

/** One write as the history shows it: who (already named), when, to which record, what changed. */
export interface HistoryEntry {
  key: string;
  action: G.AuditAction;
  at: string;
  who: string;
  entity: string;
  recordId: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

/** Which enum a field's values belong to, by field (and, where fields share a name, by kind of record). */
const FIELD_ENUMS: Record<string, keyof EnumMessages | Record<string, keyof EnumMessages>> = {
  publication: 'Publication',
  pagesQualifier: 'CountQualifier',
  attendeeCountQualifier: 'CountQualifier',
  response: 'RequestResponse',
  sector: 'Sector',
  type: 'SessionType',
  dimension: 'CriterionDimension',
  role: { Post: 'SeatRole', StaffAccount: 'StaffRole' },
  verdict: 'ReviewVerdict',
  status: { Milestone: 'MilestoneStatus', Agreement: 'AgreementStatus' },
  kind: { Event: 'EventKind', Organization: 'OrganizationKind', Recommendation: 'RecommendationKind' },
};

/** The ids an entry names (its record, and records its fields point at), to be named in one request. */
export function idsIn(entries: HistoryEntry[]): string[] {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && UUID.test(value)) ids.add(value);
    else if (Array.isArray(value)) value.forEach(add);
  };
  for (const entry of entries) {
    ids.add(entry.recordId);
    for (const change of entry.changes) {
      add(change.before);
      add(change.after);
    }
  }
  return [...ids];
}

/** What the given ids are called (records the account may see), at most 200 a request. */
export function useRecordLabels(ids: string[]) {
  return useQuery({
    queryKey: ['recordLabels', ids],
    enabled: ids.length > 0,
    queryFn: async () => {
      const labels = new Map<string, string>();
      for (let i = 0; i < ids.length; i += 200) {
        const { labels: found } = await request(G.RecordLabelsDocument, { ids: ids.slice(i, i + 200) });
        for (const label of found) if (label.label) labels.set(label.id, label.label);
      }
      return labels;
    },
  });
}

/** Turns entries into sentences, in the user's language: names for ids, labels for enums, dates as people write them. */
export function useHistorySentences(labels: Map<string, string> | undefined) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const resourceOf = (entity: string) => RESTORABLE[entity]?.resource ?? null;
  /** "el compromiso": the kind with its article, or (a kind the messages do not know) its name. */
  const kindName = (entity: string) => {
    const resource = resourceOf(entity);
    const name = resource
      ? translate(`resources.${resource}.name`, { smart_count: 1 })
      : translate(`tablero.trash.kinds.${entity}`, { _: entity });
    return translate(`tablero.history.the.${entity}`, { _: name.toLowerCase() });
  };
  const fieldName = (entity: string, field: string) =>
    translate(`resources.${resourceOf(entity) ?? 'common'}.fields.${field}`, { _: field });
  const value = (entity: string, field: string, raw: unknown): string => {
    if (raw == null || raw === '' || (Array.isArray(raw) && raw.length === 0))
      return translate('tablero.history.empty_value');
    if (Array.isArray(raw)) return raw.map((item) => value(entity, field, item)).join(', ');
    if (typeof raw === 'boolean') return translate(`ra.boolean.${raw}`);
    if (typeof raw === 'number') return formatNumber(raw, locale);
    if (typeof raw !== 'string') return JSON.stringify(raw);
    if (UUID.test(raw)) return labels?.get(raw) ?? translate('tablero.history.hidden_record');
    const enums = FIELD_ENUMS[field];
    const kind = typeof enums === 'string' ? enums : enums?.[entity];
    if (kind) return translate(`enums.${kind}.${raw}`, { _: raw });
    if (PARTIAL_DATE.test(raw)) return formatPartialDate(raw, locale);
    if (MOMENT.test(raw))
      return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(raw),
      );
    return raw.length > 160 ? `${raw.slice(0, 160)}…` : raw;
  };
  const when = (at: string) => ({
    date: new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' }).format(new Date(at)),
    time: new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short' }).format(new Date(at)),
  });

  /** The sentences of one entry; `self` is the record whose history this is (its own writes say "este registro"). */
  return (entry: HistoryEntry, self: string | null): string[] => {
    const about =
      entry.recordId === self
        ? translate('tablero.history.this_record')
        : labels?.has(entry.recordId)
          ? translate('tablero.history.record', { kind: kindName(entry.entity), label: labels.get(entry.recordId) })
          : translate('tablero.history.hidden_record');
    const base = { who: entry.who, about, ...when(entry.at) };
    if (entry.action !== 'UPDATE') return [translate(`tablero.history.sentence_${entry.action}`, base)];
    if (!entry.changes.length) return [translate('tablero.history.sentence_touched', base)];
    return entry.changes.map((change) => {
      const args = {
        ...base,
        field: fieldName(entry.entity, change.field),
        before: value(entry.entity, change.field, change.before),
        after: value(entry.entity, change.field, change.after),
      };
      if (change.before == null || (Array.isArray(change.before) && !change.before.length))
        return translate('tablero.history.sentence_set', args);
      if (change.after == null || (Array.isArray(change.after) && !change.after.length))
        return translate('tablero.history.sentence_cleared', args);
      return translate('tablero.history.sentence_changed', args);
    });
  };
}

/** Entries as sentences, newest first, each a list item; with `linkRecords`, the record of each links to its page. */
export function HistoryList({
  entries,
  self,
  linkRecords = false,
}: {
  entries: HistoryEntry[];
  self: string | null;
  linkRecords?: boolean;
}) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: labels, isPending } = useRecordLabels(idsIn(entries));
  const sentences = useHistorySentences(labels);
  if (entries.length && isPending) return <Typography role="status">{translate('ra.page.loading')}</Typography>;
  if (!entries.length) return <Typography variant="body2">{translate('tablero.history.none')}</Typography>;
  return (
    <List dense aria-label={translate('tablero.history.title')}>
      {entries.map((entry) => {
        const resource = RESTORABLE[entry.entity]?.resource;
        return (
          <ListItem key={entry.key} sx={{ display: 'block' }}>
            {sentences(entry, self).map((sentence, i) => (
              <Typography key={i} variant="body2">
                {sentence}
              </Typography>
            ))}
            {linkRecords && resource && entry.action !== 'DELETE' ? (
              <Box component="span" sx={{ typography: 'caption' }}>
                <Link to={createPath({ resource, id: entry.recordId, type: 'show' })}>
                  {translate('tablero.history.open_record')}
                </Link>
              </Box>
            ) : null}
          </ListItem>
        );
      })}
    </List>
  );
}
