import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { LocalesMenuButton, useLogin, useTranslate } from 'react-admin';

/** Sign-in with the platform's own accounts (email and password). */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ email, password });
    } catch (e) {
      const key = e instanceof Error && e.message.startsWith('tablero.') ? e.message : 'ra.auth.sign_in_error';
      setError(translate(key));
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
      <Card sx={{ width: 420, maxWidth: '100%' }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography variant="overline" component="p">
              {translate('tablero.app.title')} · {translate('tablero.app.subtitle')}
            </Typography>
            <LocalesMenuButton />
          </Box>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('tablero.auth.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            {translate('tablero.auth.intro')}
          </Typography>
          <form onSubmit={submit} noValidate>
            {error ? (
              <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
              </Alert>
            ) : null}
            <TextField
              label={translate('ra.auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
              fullWidth
              margin="normal"
              autoFocus
            />
            <TextField
              label={translate('ra.auth.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              fullWidth
              margin="normal"
            />
            <Button type="submit" variant="contained" fullWidth disabled={busy || !email || !password} sx={{ mt: 2 }}>
              {translate('ra.auth.sign_in')}
            </Button>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
}
