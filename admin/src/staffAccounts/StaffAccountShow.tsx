import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/CheckCircle';
import { Button } from '@mui/material';
import { DateField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { EnumField, RelatedLink } from '../common/fields';
import type { StaffAccountRowFragment } from '../generated/graphql';
import { intlLocale } from '../providers/i18nProvider';

function ToggleButton() {
  const record = useRecordContext<StaffAccountRowFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const disabled = !!record.disabledAt;
  return (
    <Button
      startIcon={disabled ? <CheckIcon /> : <BlockIcon />}
      disabled={isPending}
      onClick={() =>
        update(
          'staffAccounts',
          { id: record.id, data: { disabled: !disabled }, previousData: record },
          { mutationMode: 'pessimistic', onSuccess: () => { notify('ra.notification.updated', { messageArgs: { smart_count: 1 } }); refresh(); }, onError: (e) => notify((e as Error).message, { type: 'error' }) },
        )
      }
    >
      {translate(disabled ? 'tablero.actions.enable' : 'tablero.actions.disable')}
    </Button>
  );
}

export default function StaffAccountShow() {
  const [locale] = useLocaleState();
  return (
    <Show actions={<TopToolbar><ToggleButton /></TopToolbar>}>
      <SimpleShowLayout>
        <TextField source="displayName" />
        <TextField source="email" />
        <EnumField source="role" kind="StaffRole" />
        <RelatedLink source="organization" resource="organizations" text={(o) => String(o.name)} />
        <RelatedLink source="state" resource="states" text={(s) => String(s.name)} />
        <DateField source="createdAt" locales={intlLocale(locale)} showTime />
        <DateField source="disabledAt" locales={intlLocale(locale)} showTime emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
