import BlockIcon from '@mui/icons-material/Block';
import CheckIcon from '@mui/icons-material/CheckCircle';
import KeyIcon from '@mui/icons-material/Key';
import { Button } from '@mui/material';
import { useState } from 'react';
import {
  BooleanField,
  Confirm,
  DateField,
  EditButton,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { useParams } from 'react-router-dom';
import { EnumField, RelatedLink } from '../common/fields';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import { intlLocale } from '../providers/i18nProvider';
import { forgetIssued, IssuedLinkPanel, issuedFor } from './IssuedLinkPanel';

/** Disabling ends the person's sessions at once, so it asks first; enabling does not. */
function ToggleButton() {
  const record = useRecordContext<G.StaffAccountRowFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const [asking, setAsking] = useState(false);
  if (!record) return null;
  const disabled = !!record.disabledAt;
  const toggle = () =>
    update(
      'staffAccounts',
      { id: record.id, data: { disabled: !disabled }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setAsking(false);
          notify('ra.notification.updated', { messageArgs: { smart_count: 1 } });
          refresh();
        },
        onError: (e) => {
          setAsking(false);
          notify((e as Error).message, { type: 'error' });
        },
      },
    );
  return (
    <>
      <Button
        startIcon={disabled ? <CheckIcon /> : <BlockIcon />}
        disabled={isPending}
        onClick={() => (disabled ? toggle() : setAsking(true))}
      >
        {translate(disabled ? 'tablero.actions.enable' : 'tablero.actions.disable')}
      </Button>
      <Confirm
        isOpen={asking}
        loading={isPending}
        title="tablero.staff.disable_title"
        titleTranslateOptions={{ name: record.displayName }}
        content="tablero.staff.disable_body"
        confirm="tablero.actions.disable"
        onConfirm={toggle}
        onClose={() => setAsking(false)}
      />
    </>
  );
}

/** A new one-time link: the invitation again while no password was set, else a password reset. */
function SendLinkButton({ onIssued }: { onIssued(issued: G.IssuedLinkFragment): void }) {
  const record = useRecordContext<G.StaffAccountRowFragment>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || record.disabledAt) return null;
  return (
    <Button
      startIcon={<KeyIcon />}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          onIssued((await request(G.SendPasswordLinkDocument, { id: record.id })).issued);
          refresh();
        } catch (e) {
          notify((e as Error).message, { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {translate(record.invitationPending ? 'tablero.staff.send_invitation' : 'tablero.staff.reset_password')}
    </Button>
  );
}

export default function StaffAccountShow() {
  const [locale] = useLocaleState();
  const { id = '' } = useParams();
  // A link issued by the create form just before, shown until the admin closes it.
  const [issued, setIssued] = useState(() => issuedFor(id));
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
          <SendLinkButton onIssued={setIssued} />
          <ToggleButton />
        </TopToolbar>
      }
    >
      {issued ? (
        <IssuedLinkPanel
          issued={issued}
          onClose={() => {
            forgetIssued(id);
            setIssued(null);
          }}
        />
      ) : null}
      <SimpleShowLayout>
        <TextField source="displayName" />
        <TextField source="email" />
        <EnumField source="role" kind="StaffRole" />
        <RelatedLink source="organization" resource="organizations" text={(o) => String(o.name)} />
        <RelatedLink source="state" resource="states" text={(s) => String(s.name)} />
        <BooleanField source="invitationPending" />
        <DateField source="createdAt" locales={intlLocale(locale)} showTime />
        <DateField source="disabledAt" locales={intlLocale(locale)} showTime emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
