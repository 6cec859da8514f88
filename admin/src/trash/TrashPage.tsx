import RestoreIcon from '@mui/icons-material/RestoreFromTrash';
import { Alert, Box, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useFormatters } from '../common/fields';
import { KindPagedPage, PER_PAGE } from '../common/KindPagedPage';
import { refusalMessage } from '../common/refusal';
import * as G from '../generated/graphql';
import { afterForPage } from '../providers/cursor';
import { request } from '../providers/graphql';
import { RESTORABLE } from './restorable';

/** Read by screen readers, not shown (a column heading over buttons). */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

type Deleted = G.DeletedRecordsQuery['page']['nodes'][number];

/** "Compromiso", or the name of a kind without a resource of its own. */
function useKindLabel() {
  const translate = useTranslate();
  return (entity: string) => {
    const resource = RESTORABLE[entity]?.resource;
    return resource
      ? translate(`resources.${resource}.name`, { smart_count: 1 })
      : translate(`tablero.trash.kinds.${entity}`, { _: entity });
  };
}

/**
 * The wastebasket ("Papelera"): deleted records the account may restore (the institute those of
 * its state, the platform admin all; the API decides), newest first, by kind. Restoring one under
 * a deleted record is refused by the API, and the row says which record to restore first. The kind
 * shown is in the address (`/trash?kind=Commitment`), as each list's "Papelera" opens it.
 */
export default function TrashPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const kindLabel = useKindLabel();
  const { dateTime } = useFormatters();
  const { canAccess, isPending: checking } = useCanAccess({ action: 'restore', resource: 'trash' });
  const [params, setParams] = useSearchParams();
  const entity = params.get('kind') ?? '';
  const setEntity = (kind: string) => setParams(kind ? { kind } : {}, { replace: true });
  const [page, setPage] = useState(1);
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const [restoring, setRestoring] = useState<string | null>(null);
  const { data, error, isPending } = useQuery({
    queryKey: ['trash', entity, page],
    enabled: canAccess === true,
    queryFn: async () =>
      (
        await request(G.DeletedRecordsDocument, {
          entity: entity || null,
          first: PER_PAGE,
          after: afterForPage(page, PER_PAGE),
        })
      ).page,
  });

  const restore = async (row: Deleted) => {
    const kind = RESTORABLE[row.entity];
    setRestoring(row.recordId);
    try {
      await request(kind.restore, { id: row.recordId });
      setRefusals(({ [row.recordId]: _gone, ...rest }) => rest);
      notify('tablero.trash.restored', { type: 'success', messageArgs: { label: row.label ?? kindLabel(row.entity) } });
      await queryClient.invalidateQueries({ queryKey: ['trash'] });
      // Lists and records that showed it as gone read it again.
      if (kind.resource) await queryClient.invalidateQueries({ queryKey: [kind.resource] });
    } catch (e) {
      setRefusals((current) => ({ ...current, [row.recordId]: refusalMessage(translate, kind.resource ?? '', e) }));
    } finally {
      setRestoring(null);
    }
  };

  if (checking) return null;
  const total = data?.totalCount ?? 0;
  return (
    <KindPagedPage
      title={translate('tablero.trash.title')}
      notAllowed={translate('tablero.trash.not_allowed')}
      intro={translate('tablero.trash.intro')}
      allowed={!!canAccess}
      entity={entity}
      onEntity={setEntity}
      kindLabel={kindLabel}
      page={page}
      onPage={setPage}
      total={total}
    >
      {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
      {error ? <Alert severity="error">{refusalMessage(translate, '', error)}</Alert> : null}
      {data && !data.nodes.length ? <Typography>{translate('tablero.trash.empty')}</Typography> : null}
      {data?.nodes.length ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={translate('tablero.trash.title')}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate('tablero.trash.kind')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('tablero.trash.record')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('tablero.trash.deleted_at')}
                </TableCell>
                <TableCell component="th" scope="col">
                  {translate('tablero.trash.deleted_by')}
                </TableCell>
                <TableCell component="th" scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    {translate('tablero.trash.restore')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.nodes.map((row) => (
                <TableRow key={row.recordId}>
                  <TableCell>{kindLabel(row.entity)}</TableCell>
                  <TableCell>
                    {row.label ?? '—'}
                    {refusals[row.recordId] ? (
                      <Alert severity="warning" role="alert" sx={{ mt: 1 }}>
                        {refusals[row.recordId]}
                      </Alert>
                    ) : null}
                  </TableCell>
                  <TableCell>{dateTime(row.deletedAt)}</TableCell>
                  <TableCell>
                    {[row.account?.displayName, row.organization?.abbreviation ?? row.organization?.name]
                      .filter(Boolean)
                      .join(' · ') || '—'}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      startIcon={<RestoreIcon />}
                      disabled={restoring !== null}
                      onClick={() => restore(row)}
                      aria-label={`${translate('tablero.trash.restore')}: ${row.label ?? kindLabel(row.entity)}`}
                    >
                      {translate('tablero.trash.restore')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </KindPagedPage>
  );
}
