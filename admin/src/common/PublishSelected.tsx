import PublishIcon from '@mui/icons-material/Public';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
} from '@mui/material';
import { useState } from 'react';
import {
  useDataProvider,
  useGetRecordRepresentation,
  useListContext,
  useNotify,
  useRefresh,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import { refusalMessage } from './refusal';

interface Refusal {
  id: string;
  label: string;
  message: string;
}

/**
 * Publishes the drafts among the selected records, one write each at the version it reads (the
 * API decides each within the account's scope): the published leave the selection, and the
 * refused are listed, each with why, in the user's language.
 */
export function PublishSelectedButton() {
  const resource = useResourceContext() ?? '';
  const { selectedIds, onUnselectItems } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const represent = useGetRecordRepresentation(resource);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);

  const publish = async () => {
    setBusy(true);
    const refused: Refusal[] = [];
    let published = 0;
    for (const id of selectedIds) {
      let label = String(id);
      try {
        const { data: record } = await dataProvider.getOne(resource, { id });
        label = String(represent(record));
        if (record.publication === 'PUBLISHED') continue;
        await dataProvider.update(resource, {
          id,
          data: { publication: 'PUBLISHED', version: record.version },
          previousData: record,
        });
        published += 1;
      } catch (error) {
        refused.push({ id: String(id), label, message: refusalMessage(translate, resource, error) });
      }
    }
    setBusy(false);
    setRefusals(refused);
    if (published) notify('tablero.publish.done', { type: 'success', messageArgs: { smart_count: published } });
    else if (!refused.length) notify('tablero.publish.nothing', { type: 'info' });
    onUnselectItems();
    refresh();
  };

  return (
    <>
      <Button size="small" startIcon={<PublishIcon />} onClick={publish} disabled={busy}>
        {translate(busy ? 'tablero.publish.working' : 'tablero.publish.action')}
      </Button>
      <Dialog open={refusals.length > 0} onClose={() => setRefusals([])} aria-labelledby="publish-refusals-title">
        <DialogTitle id="publish-refusals-title">
          {translate('tablero.publish.refused_title', { smart_count: refusals.length })}
        </DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('tablero.publish.refused_intro')}
          </Alert>
          <List dense aria-label={translate('tablero.publish.refused_title', { smart_count: refusals.length })}>
            {refusals.map((refusal) => (
              <ListItem key={refusal.id}>
                <ListItemText primary={refusal.label} secondary={refusal.message} />
              </ListItem>
            ))}
          </List>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRefusals([])}>{translate('ra.action.close')}</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
