import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useCanAccess, useTranslate } from 'react-admin';
import { HistoryList } from '../common/history';
import { auditEntries } from '../common/HistoryPanel';
import { refusalMessage } from '../common/refusal';
import * as G from '../generated/graphql';
import { afterForPage } from '../providers/cursor';
import { request } from '../providers/graphql';
import { RESTORABLE } from '../trash/restorable';

const PER_PAGE = 25;

/**
 * What changed, as sentences, newest first: for an institute the records of its state, for the
 * evaluator and the platform admin every record (the API derives the scope from the account).
 */
export default function ActivityPage() {
  const translate = useTranslate();
  const { canAccess, isPending: checking } = useCanAccess({ action: 'history', resource: 'activity' });
  const [entity, setEntity] = useState('');
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useQuery({
    queryKey: ['activity', entity, page],
    enabled: canAccess === true,
    queryFn: async () => (await request(G.ActivityDocument, { entity: entity || null, first: PER_PAGE, after: afterForPage(page, PER_PAGE) })).page,
  });
  if (checking) return null;
  const total = data?.totalCount ?? 0;
  const kindName = (kind: string) => {
    const resource = RESTORABLE[kind].resource;
    return resource ? translate(`resources.${resource}.name`, { smart_count: 2 }) : translate(`tablero.trash.kinds.${kind}`);
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('tablero.history.activity_title')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('tablero.history.activity_title')}
          </Typography>
          {!canAccess ? (
            <Alert severity="info">{translate('tablero.history.activity_not_allowed')}</Alert>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {translate('tablero.history.activity_intro')}
              </Typography>
              <TextField
                select
                size="small"
                label={translate('tablero.trash.kind')}
                value={entity}
                onChange={(event) => {
                  setEntity(event.target.value);
                  setPage(1);
                }}
                sx={{ minWidth: 260, my: 2 }}
              >
                <MenuItem value="">{translate('tablero.trash.all_kinds')}</MenuItem>
                {Object.keys(RESTORABLE)
                  .map((kind) => ({ kind, label: kindName(kind) }))
                  .sort((a, b) => a.label.localeCompare(b.label))
                  .map(({ kind, label }) => (
                    <MenuItem key={kind} value={kind}>
                      {label}
                    </MenuItem>
                  ))}
              </TextField>
              {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
              {error ? <Alert severity="error">{refusalMessage(translate, '', error)}</Alert> : null}
              {data ? <HistoryList entries={auditEntries(data.nodes, translate('tablero.history.someone'))} self={null} linkRecords /> : null}
              {total > PER_PAGE ? (
                <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
                  <Button disabled={page === 1} onClick={() => setPage(page - 1)}>
                    {translate('ra.navigation.previous')}
                  </Button>
                  <Typography variant="body2">
                    {translate('ra.navigation.page_range_info', { offsetBegin: (page - 1) * PER_PAGE + 1, offsetEnd: Math.min(page * PER_PAGE, total), total })}
                  </Typography>
                  <Button disabled={page * PER_PAGE >= total} onClick={() => setPage(page + 1)}>
                    {translate('ra.navigation.next')}
                  </Button>
                </Stack>
              ) : null}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
