import { defaultTheme, type RaThemeOptions } from 'react-admin';

/**
 * Neutral and legible (WCAG 2.2 AA): primary #0b5d3b is 7.4:1 on white, secondary #611232 12.8:1;
 * warning #a04600 (6.2:1), info #01579b (7.4:1), success #1b5e20 and error #b71c1c replace
 * Material's, which status chips ("Pendiente", "En proceso") and the Delete button write their
 * text in: its orange is 3.1:1 on white, its light blue 3.9:1, its red 3.8:1 on a grey toolbar;
 * focus is always visible; targets are at least 24 px. A row of tabs wider than the screen (a
 * record's tabs on a phone) scrolls within itself instead of widening the page.
 */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: '#0b5d3b' },
    secondary: { main: '#611232' },
    warning: { main: '#a04600' },
    info: { main: '#01579b' },
    success: { main: '#1b5e20' },
    error: { main: '#b71c1c' },
    text: { primary: '#1a1a1a', secondary: '#4d4d4d' },
  },
  typography: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    ...defaultTheme.components,
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible': { outline: '3px solid #1f6feb', outlineOffset: 2 } } },
    },
    // The page is as wide as the window and the content beside the menu may shrink below its
    // widest line (react-admin makes the layout `fit-content` and a flex item does not shrink by
    // default): on a phone long names wrap, and tabs and wide tables scroll within themselves
    // instead of widening the page.
    RaLayout: {
      styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0, overflowWrap: 'anywhere' } } },
    },
    // A record's actions (Edit, Reset password, Deactivate…) wrap onto a second line on a phone.
    RaTopToolbar: { styleOverrides: { root: { flexWrap: 'wrap' } } },
    // A checkbox named by `aria-label` (react-admin's row selection) carries its name on the input,
    // which assistive technology reads, not on the span around it, where the attribute is not allowed.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: () => ({ 'aria-label': undefined }),
          input: (ownerState: { 'aria-label'?: string }) => ({ 'aria-label': ownerState['aria-label'] }),
        },
      },
    },
    // The bulk actions above a list, while nothing is selected, are folded to no height but still
    // laid out: hidden, they cannot take focus nor cover the list's own buttons (Exportar CSV).
    RaBulkActionsToolbar: {
      styleOverrides: { root: { '& .RaBulkActionsToolbar-collapsed': { visibility: 'hidden' } } },
    },
    MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true } },
    MuiLink: { styleOverrides: { root: { '&:focus-visible': { outline: '3px solid #1f6feb', outlineOffset: 2 } } } },
  },
};
