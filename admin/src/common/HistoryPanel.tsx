import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import { useFormatters } from './fields';

const show = (value: unknown) => (value == null ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value));

interface Entry {
  key: string;
  action: G.AuditAction;
  at: string;
  who: string;
  changes: { field: string; before: unknown; after: unknown }[];
}

/**
 * A record's history: the full audit trail (who, role, when, before and after) for the institute,
 * the evaluator and the platform admin; for everyone else, the public history of a published
 * record (what changed, when, which organisation).
 */
export function HistoryPanel({ record }: { record: RaRecord }) {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { dateTime, enumLabel } = useFormatters();
  const { canAccess: full } = useCanAccess({ action: 'history', resource, record });
  const { data, error, isPending } = useQuery({
    queryKey: ['history', record.id, full],
    queryFn: async (): Promise<{ entries: Entry[]; public: boolean }> => {
      if (full) {
        const { recordHistory } = await request(G.RecordHistoryDocument, { recordId: String(record.id) });
        return {
          public: false,
          entries: recordHistory.map((e) => ({
            key: e.id,
            action: e.action,
            at: e.at,
            who: translate('tablero.history.by', { who: e.account?.displayName ?? '—', organization: e.organization?.abbreviation ?? e.organization?.name ?? enumLabel('StaffRole', e.role) }),
            changes: e.changes,
          })),
        };
      }
      if (record.publication !== 'PUBLISHED') return { public: true, entries: [] };
      const { publicHistory } = await request(G.PublicHistoryDocument, { recordId: String(record.id) });
      return {
        public: true,
        entries: publicHistory.map((e, i) => ({ key: `${e.at}-${i}`, action: e.action, at: e.at, who: e.organization?.name ?? '—', changes: e.changes })),
      };
    },
  });
  if (isPending) return <Typography role="status">{translate('ra.page.loading')}</Typography>;
  if (error) return <Typography role="alert">{translate('tablero.errors.INTERNAL_SERVER_ERROR')}</Typography>;
  return (
    <Box>
      {data.public ? (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('tablero.history.public_note')}
        </Typography>
      ) : null}
      {data.entries.length === 0 ? <Typography variant="body2">{translate('tablero.history.none')}</Typography> : null}
      {data.entries
        .slice()
        .reverse()
        .map((entry) => (
          <Box key={entry.key} component="section" sx={{ mb: 2 }} aria-label={`${enumLabel('AuditAction', entry.action)} ${dateTime(entry.at)}`}>
            <Typography variant="subtitle2" component="h3">
              {translate('tablero.history.entry', { action: enumLabel('AuditAction', entry.action), date: dateTime(entry.at) })} · {entry.who}
            </Typography>
            {entry.changes.length ? (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">{translate('tablero.history.field')}</TableCell>
                    <TableCell component="th" scope="col">{translate('tablero.history.before')}</TableCell>
                    <TableCell component="th" scope="col">{translate('tablero.history.after')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {entry.changes.map((change) => (
                    <TableRow key={change.field}>
                      <TableCell>{translate(`resources.${resource}.fields.${change.field}`, { _: change.field })}</TableCell>
                      <TableCell sx={{ wordBreak: 'break-word' }}>{show(change.before)}</TableCell>
                      <TableCell sx={{ wordBreak: 'break-word' }}>{show(change.after)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            ) : null}
          </Box>
        ))}
    </Box>
  );
}
