import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Title, useGetList, useNotify, useTranslate } from 'react-admin';
import { commitmentLabel } from '../commitments/labels';
import { orgText } from '../organizations/labels';

type Widget = 'ta-pages-counter' | 'ta-commitment-progress' | 'ta-session-calendar';
type Target = 'commitment' | 'plan' | 'exercise' | 'organization';

/** What each widget can show, and the attribute that selects it (widgets/README.md). */
const WIDGETS: Record<Widget, { label: string; targets: Partial<Record<Target, string>> }> = {
  'ta-pages-counter': {
    label: 'tablero.embed.kinds.pages_counter',
    targets: { plan: 'plan-id', commitment: 'commitment-id', exercise: 'exercise', organization: 'organization-id' },
  },
  'ta-commitment-progress': {
    label: 'tablero.embed.kinds.commitment_progress',
    targets: { plan: 'plan-id', commitment: 'commitment-id' },
  },
  'ta-session-calendar': { label: 'tablero.embed.kinds.session_calendar', targets: { exercise: 'exercise' } },
};
const RESOURCE: Record<Target, string> = {
  commitment: 'commitments',
  plan: 'actionPlans',
  exercise: 'exercises',
  organization: 'organizations',
};

/** The script that defines the widgets, loaded once into this page for the preview. */
function useWidgetsScript(src: string) {
  useEffect(() => {
    if (document.querySelector(`script[data-tablero-widgets]`)) return;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.dataset.tableroWidgets = '';
    document.head.append(script);
  }, [src]);
}

/** The embed-code page: choose a widget and its target, see it live, copy the snippet. */
export default function EmbedPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const origin = window.location.origin;
  const scriptUrl = `${origin}/widgets/tablero-widgets.js`;
  const endpoint = `${origin}/graphql/public`;
  useWidgetsScript(scriptUrl);
  // A link from a record ("see what the public sees") names the widget and its target.
  const [params] = useSearchParams();
  const asked = params.get('widget');
  const [widget, setWidget] = useState<Widget>(asked && asked in WIDGETS ? (asked as Widget) : 'ta-pages-counter');
  const [target, setTarget] = useState<Target>((params.get('target') as Target | null) ?? 'plan');
  const [value, setValue] = useState(params.get('id') ?? '');
  const [lang, setLang] = useState<'es' | 'en'>('es');
  const targets = Object.keys(WIDGETS[widget].targets) as Target[];
  const effectiveTarget = targets.includes(target) ? target : targets[0];
  const { data: options = [] } = useGetList(RESOURCE[effectiveTarget], { pagination: { page: 1, perPage: 100 } });
  const selected = options.find((o) => o.id === value) ?? options[0];
  const attributeValue = selected ? (effectiveTarget === 'exercise' ? String(selected.slug) : String(selected.id)) : '';
  const attributes = useMemo(() => {
    const list: [string, string][] = [];
    const name = WIDGETS[widget].targets[effectiveTarget];
    if (name && attributeValue) list.push([name, attributeValue]);
    list.push(['endpoint', endpoint]);
    if (lang !== 'es') list.push(['lang', lang]);
    return list;
  }, [widget, effectiveTarget, attributeValue, endpoint, lang]);
  const snippet = `<script type="module" src="${scriptUrl}"></script>\n<${widget} ${attributes.map(([k, v]) => `${k}="${v.replace(/"/g, '&quot;')}"`).join(' ')}></${widget}>`;
  const preview = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = preview.current;
    if (!host) return;
    const element = document.createElement(widget);
    for (const [k, v] of attributes) element.setAttribute(k, v);
    host.replaceChildren(element);
  }, [widget, attributes]);
  const optionLabel = (o: Record<string, unknown>) =>
    effectiveTarget === 'commitment'
      ? commitmentLabel(o)
      : effectiveTarget === 'organization'
        ? orgText(o)
        : String(o.title ?? o.name ?? '');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      notify('tablero.embed.copied', { type: 'success' });
    } catch {
      const area = document.getElementById('embed-snippet') as HTMLTextAreaElement | null;
      area?.select();
    }
  };
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('tablero.embed.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('tablero.embed.title')}
      </Typography>
      <Typography variant="body1" gutterBottom>
        {translate('tablero.embed.intro')}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5 }}>
          <Card>
            <CardContent>
              <TextField
                select
                label={translate('tablero.embed.widget')}
                value={widget}
                onChange={(e) => setWidget(e.target.value as Widget)}
                fullWidth
                margin="normal"
              >
                {(Object.keys(WIDGETS) as Widget[]).map((w) => (
                  <MenuItem key={w} value={w}>
                    {translate(WIDGETS[w].label)}
                  </MenuItem>
                ))}
              </TextField>
              <FormControl component="fieldset" margin="normal">
                <FormLabel component="legend">{translate('tablero.embed.target')}</FormLabel>
                <RadioGroup
                  value={effectiveTarget}
                  onChange={(e) => {
                    setTarget(e.target.value as Target);
                    setValue('');
                  }}
                >
                  {targets.map((t) => (
                    <FormControlLabel
                      key={t}
                      value={t}
                      control={<Radio />}
                      label={translate(`tablero.embed.targets.${t}`)}
                    />
                  ))}
                </RadioGroup>
              </FormControl>
              <TextField
                select
                label={translate(`tablero.embed.targets.${effectiveTarget}`)}
                value={selected ? String(selected.id) : ''}
                onChange={(e) => setValue(e.target.value)}
                fullWidth
                margin="normal"
              >
                {options.map((o) => (
                  <MenuItem key={String(o.id)} value={String(o.id)}>
                    {optionLabel(o)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={translate('tablero.embed.language')}
                value={lang}
                onChange={(e) => setLang(e.target.value as 'es' | 'en')}
                fullWidth
                margin="normal"
              >
                <MenuItem value="es">Español (México)</MenuItem>
                <MenuItem value="en">English</MenuItem>
              </TextField>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 7 }}>
          <Card component="section" aria-labelledby="embed-preview-title">
            <CardContent>
              <Typography variant="h6" component="h2" id="embed-preview-title">
                {translate('tablero.embed.preview')}
              </Typography>
              <Box
                ref={preview}
                data-testid="embed-preview"
                sx={{ border: '1px dashed #9e9e9e', p: 2, minHeight: 120 }}
              />
            </CardContent>
          </Card>
          <Card component="section" sx={{ mt: 2 }}>
            <CardContent>
              <TextField
                id="embed-snippet"
                label={translate('tablero.embed.snippet')}
                value={snippet}
                multiline
                fullWidth
                minRows={3}
                slotProps={{ htmlInput: { readOnly: true, style: { fontFamily: 'monospace', fontSize: 13 } } }}
              />
              <Button onClick={copy} startIcon={<ContentCopyIcon />} variant="contained" sx={{ mt: 1 }}>
                {translate('tablero.embed.copy')}
              </Button>
              {!selected ? (
                <Alert severity="info" sx={{ mt: 1 }}>
                  {translate('ra.page.loading')}
                </Alert>
              ) : null}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
}
