import { Alert, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useTranslate } from 'react-admin';
import { HistoryList } from '../common/history';
import { auditEntries } from '../common/HistoryPanel';
import { KindPagedPage, PER_PAGE } from '../common/KindPagedPage';
import { refusalMessage } from '../common/refusal';
import * as G from '../generated/graphql';
import { afterForPage } from '../providers/cursor';
import { request } from '../providers/graphql';
import { RESTORABLE } from '../trash/restorable';

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
    queryFn: async () =>
      (
        await request(G.ActivityDocument, {
          entity: entity || null,
          first: PER_PAGE,
          after: afterForPage(page, PER_PAGE),
        })
      ).page,
  });
  if (checking) return null;
  const total = data?.totalCount ?? 0;
  const kindName = (kind: string) => {
    const resource = RESTORABLE[kind].resource;
    return resource
      ? translate(`resources.${resource}.name`, { smart_count: 2 })
      : translate(`tablero.trash.kinds.${kind}`);
  };
  return (
    <KindPagedPage
      title={translate('tablero.history.activity_title')}
      notAllowed={translate('tablero.history.activity_not_allowed')}
      intro={translate('tablero.history.activity_intro')}
      allowed={!!canAccess}
      entity={entity}
      onEntity={setEntity}
      kindLabel={kindName}
      page={page}
      onPage={setPage}
      total={total}
    >
      {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
      {error ? <Alert severity="error">{refusalMessage(translate, '', error)}</Alert> : null}
      {data ? (
        <HistoryList entries={auditEntries(data.nodes, translate('tablero.history.someone'))} self={null} linkRecords />
      ) : null}
    </KindPagedPage>
  );
}
