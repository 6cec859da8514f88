import { Alert, AlertTitle, Button, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import type { IssuedLinkFragment } from '../generated/graphql';

/**
 * Links issued by an invitation made on the create form, kept in this tab's memory only (never
 * stored: a link sets a password) until the admin closes the panel. Read without removing, because
 * the account's page may mount more than once while its record loads.
 */
const justIssued = new Map<string, IssuedLinkFragment>();
export const rememberIssued = (id: string, issued: IssuedLinkFragment) => justIssued.set(id, issued);
export const issuedFor = (id: string): IssuedLinkFragment | null => justIssued.get(id) ?? null;
export const forgetIssued = (id: string) => justIssued.delete(id);

/** What happened to a one-time link: e-mailed (the admin never sees it), or to be passed on by hand. */
export function IssuedLinkPanel({ issued, onClose }: { issued: IssuedLinkFragment; onClose(): void }) {
  const translate = useTranslate();
  const { dateTime } = useFormatters();
  const [copied, setCopied] = useState(false);
  const expires = dateTime(issued.expiresAt);
  const { email, displayName } = issued.account;
  if (issued.delivery === 'EMAIL' || !issued.link) {
    return (
      <Alert severity="success" role="status" onClose={onClose} sx={{ mb: 2 }}>
        {translate(`tablero.staff.emailed_${issued.purpose}`, { email, expires })}
      </Alert>
    );
  }
  const link = issued.link;
  return (
    <Alert severity="warning" role="alert" onClose={onClose} sx={{ mb: 2 }}>
      <AlertTitle>{translate('tablero.staff.manual_title', { name: displayName })}</AlertTitle>
      {issued.emailError
        ? translate('tablero.staff.manual_failed', { error: issued.emailError })
        : translate('tablero.staff.manual_no_smtp')}{' '}
      {translate('tablero.staff.manual_body', { expires })}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, mt: 1, alignItems: { sm: 'center' } }}>
        <TextField
          label={translate('tablero.staff.link_label')}
          value={link}
          size="small"
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, onFocus: (e: { target: HTMLInputElement }) => e.target.select() } }}
        />
        <Button
          variant="outlined"
          onClick={() => {
            void navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {translate(copied ? 'tablero.staff.copied' : 'tablero.staff.copy')}
        </Button>
      </Stack>
    </Alert>
  );
}
