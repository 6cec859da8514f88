import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCanAccess, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import { HistoryList, type HistoryEntry } from './history';

/** The writes of a page of the audit trail, named: "María López (ICAI)". */
export const auditEntries = (nodes: G.ActivityQuery['page']['nodes'], unknownWho: string): HistoryEntry[] =>
  nodes.map((e) => ({
    key: e.id,
    action: e.action,
    at: e.at,
    who:
      [e.account?.displayName, e.organization?.abbreviation ?? e.organization?.name].filter(Boolean).join(', ') ||
      unknownWho,
    entity: e.entity,
    recordId: e.recordId,
    changes: e.changes,
  }));

/**
 * A record's history, as sentences: for the institute, the evaluator and the platform admin, the
 * full audit trail of the record and of the records under it (a commitment's milestones, requests
 * and deliveries); for everyone else, the public history of a published record (which
 * organisation changed what, when).
 */
export function HistoryPanel({ record }: { record: RaRecord }) {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess: full } = useCanAccess({ action: 'history', resource, record });
  const { data, error, isPending } = useQuery({
    queryKey: ['history', record.id, full],
    queryFn: async (): Promise<{ entries: HistoryEntry[]; public: boolean }> => {
      if (full) {
        const { page } = await request(G.ActivityDocument, { recordId: String(record.id), first: 100 });
        return { public: false, entries: auditEntries(page.nodes, translate('tablero.history.someone')) };
      }
      if (record.publication !== 'PUBLISHED') return { public: true, entries: [] };
      const { publicHistory } = await request(G.PublicHistoryDocument, { recordId: String(record.id) });
      return {
        public: true,
        entries: publicHistory
          .map((e, i) => ({
            key: `${e.at}-${i}`,
            action: e.action,
            at: e.at,
            who: e.organization?.name ?? translate('tablero.history.someone'),
            entity: e.entity,
            recordId: String(record.id),
            changes: e.changes,
          }))
          .reverse(),
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
      <HistoryList entries={data.entries} self={String(record.id)} />
    </Box>
  );
}
