import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { LocalesMenuButton, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';

type LinkInfo = G.PasswordLinkQuery['link'];

/**
 * Where a one-time link (an invitation or a reset) lands, signed out: the token travels in the
 * address's fragment, so it never reaches a server log or a Referer.
 */
export default function SetPasswordPage() {
  const translate = useTranslate();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [link, setLink] = useState<LinkInfo | undefined>(undefined);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!token) return setLink(null);
    request(G.PasswordLinkDocument, { token }).then(
      (data) => setLink(data.link),
      () => setLink(null),
    );
  }, [token]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < 12) return setError(translate('tablero.validation.password_length'));
    if (password !== repeat) return setError(translate('tablero.staff.mismatch'));
    setBusy(true);
    try {
      await request(G.SetPasswordWithLinkDocument, { token, newPassword: password });
      setDone(true);
      setError(null);
    } catch (e) {
      const field = e instanceof ApiError ? e.body.errors : undefined;
      setError(
        translate(
          field?.token
            ? 'tablero.staff.invalid_link'
            : e instanceof ApiError
              ? `tablero.errors.${e.body.code}`
              : 'tablero.errors.INTERNAL_SERVER_ERROR',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: '#eef2f0',
        p: 2,
      }}
    >
      <Card sx={{ width: 460, maxWidth: '100%' }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="overline" component="p">
              {translate('tablero.app.title')}
            </Typography>
            <LocalesMenuButton />
          </Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('tablero.staff.set_title')}
          </Typography>
          {link === undefined ? null : link === null ? (
            <Alert severity="error" role="alert">
              {translate('tablero.staff.invalid_link')}
            </Alert>
          ) : done ? (
            <>
              <Alert severity="success" role="status" sx={{ mb: 2 }}>
                {translate('tablero.staff.done')}
              </Alert>
              <Button component={Link} to="/login" variant="contained" fullWidth>
                {translate('ra.auth.sign_in')}
              </Button>
            </>
          ) : (
            <form onSubmit={submit} noValidate>
              <Typography variant="body2" gutterBottom>
                {translate(`tablero.staff.set_intro_${link.purpose}`, { name: link.displayName, email: link.email })}
              </Typography>
              {error ? (
                <Alert severity="error" role="alert" sx={{ my: 1 }}>
                  {error}
                </Alert>
              ) : null}
              {/* The e-mail, for password managers to file the new password under. */}
              <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
              <TextField
                label={translate('tablero.staff.new_password')}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
                fullWidth
                margin="normal"
                autoFocus
              />
              <TextField
                label={translate('tablero.staff.repeat_password')}
                type="password"
                autoComplete="new-password"
                value={repeat}
                onChange={(e) => setRepeat(e.target.value)}
                required
                fullWidth
                margin="normal"
              />
              <Button
                type="submit"
                variant="contained"
                fullWidth
                disabled={busy || !password || !repeat}
                sx={{ mt: 2 }}
              >
                {translate('tablero.staff.save_password')}
              </Button>
            </form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
