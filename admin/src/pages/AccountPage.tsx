import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useIdentity } from '../common/identity';
import { useFormatters } from '../common/fields';
import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';

/** The signed-in account: who it is, and changing its password (other sessions end). */
export default function AccountPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const identity = useIdentity();
  const { enumLabel } = useFormatters();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < 12) {
      setError(translate('tablero.validation.password_length'));
      return;
    }
    try {
      await request(G.ChangePasswordDocument, { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setError(null);
      notify('tablero.auth.password_changed', { type: 'success' });
    } catch (e) {
      setError(
        translate(
          e instanceof ApiError && e.code === 'UNAUTHENTICATED'
            ? 'tablero.auth.wrong_credentials'
            : e instanceof ApiError
              ? `tablero.errors.${e.code}`
              : 'tablero.errors.INTERNAL_SERVER_ERROR',
        ),
      );
    }
  };
  return (
    <Box sx={{ p: 2, maxWidth: 600 }}>
      <Title title={translate('tablero.auth.account')} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {identity?.displayName}
          </Typography>
          <Typography variant="body2">{identity?.email}</Typography>
          <Typography variant="body2">
            {translate('tablero.auth.role')}: {enumLabel('StaffRole', identity?.role)}
          </Typography>
          {identity?.organization ? (
            <Typography variant="body2">
              {translate('tablero.auth.organization')}: {identity.organization.name}
            </Typography>
          ) : null}
          {identity?.state ? (
            <Typography variant="body2">
              {translate('tablero.auth.state')}: {identity.state.name}
            </Typography>
          ) : null}
          <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
            {translate('tablero.auth.change_password')}
          </Typography>
          <form onSubmit={submit} noValidate>
            {error ? (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            ) : null}
            <TextField
              label={translate('tablero.auth.current_password')}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              fullWidth
              margin="normal"
              required
            />
            <TextField
              label={translate('tablero.auth.new_password')}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(e) => setNext(e.target.value)}
              fullWidth
              margin="normal"
              required
            />
            <Button type="submit" variant="contained" disabled={!current || !next}>
              {translate('tablero.auth.change_password')}
            </Button>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
