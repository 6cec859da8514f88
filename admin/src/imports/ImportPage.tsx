import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  List,
  ListItem,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useCanAccess, useGetList, useLocale, useTranslate } from 'react-admin';
import { RESTORABLE } from '../trash/restorable';

/** The import's report as the API sends it (api/src/modules/import/import.service.ts ImportReport). */
interface ImportReport {
  importId: string;
  dryRun: boolean;
  written: boolean;
  changes: { kind: string; action: 'create' | 'update' }[];
  unchanged: Record<string, number>;
  problems: { file: string; row: number | null; column: string | null; message: string }[];
  skipped: string[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the file to the API's import (the staff session's cookie goes with it): a preview when `dryRun`. */
async function send(file: File, exercise: string, dryRun: boolean, language: string): Promise<ImportReport> {
  const csv = file.name.toLowerCase().endsWith('.csv');
  const query = new URLSearchParams({
    exercise,
    name: file.name,
    dryRun: String(dryRun),
    lang: language.startsWith('en') ? 'en' : 'es',
  });
  const response = await fetch(`/import/spreadsheet?${query}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': csv ? 'text/csv' : XLSX },
    body: file,
  });
  const body = await response.json();
  if (!response.ok) throw new Error(body.errors?.[0]?.message ?? response.statusText);
  return body as ImportReport;
}

/**
 * Bringing an exercise's spreadsheets in: the template to download, a file to upload, the preview
 * (what would be created, changed and left alone, and every problem by sheet, row and column),
 * then the import on confirmation. Nothing is written before; an import with problems writes
 * nothing. The API applies the account's scope row by row: an institute imports within its state,
 * an agency the deliveries and milestones of its own commitments.
 */
export default function ImportPage() {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: Record<string, unknown>) => translate(`tablero.imports.${key}`, options);
  const { canAccess, isPending: checking } = useCanAccess({ action: 'import', resource: 'imports' });
  const { data: exercises } = useGetList(
    'exercises',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'title', order: 'ASC' } },
    { enabled: canAccess === true },
  );
  const [exercise, setExercise] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  if (checking) return null;
  if (!canAccess) return <Alert severity="info">{t('not_allowed')}</Alert>;

  const run = async (dryRun: boolean, chosen = file) => {
    if (!chosen || !exercise) return;
    setWorking(true);
    setFailure(null);
    try {
      setReport(await send(chosen, exercise, dryRun, locale));
    } catch (error) {
      setReport(null);
      setFailure((error as Error).message);
    } finally {
      setWorking(false);
    }
  };
  const kindName = (kind: string) => {
    const resource = RESTORABLE[kind]?.resource;
    return resource ? translate(`resources.${resource}.name`, { smart_count: 2 }) : kind;
  };
  const kinds = report ? [...new Set([...report.changes.map((c) => c.kind), ...Object.keys(report.unchanged)])] : [];
  const counted = (kind: string, action: 'create' | 'update') =>
    report?.changes.filter((c) => c.kind === kind && c.action === action).length ?? 0;

  return (
    <Box sx={{ p: 2, maxWidth: 960 }}>
      <Title title={t('title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {t('title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('intro')}</Typography>
      <Button
        component="a"
        href="/import/plantilla.xlsx"
        download
        startIcon={<DownloadIcon />}
        variant="outlined"
        sx={{ mb: 3 }}
      >
        {t('template')}
      </Button>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <TextField
          select
          label={t('exercise')}
          value={exercise}
          onChange={(event) => {
            setExercise(event.target.value);
            setReport(null);
          }}
          sx={{ minWidth: 280 }}
        >
          {(exercises ?? []).map((record) => (
            <MenuItem key={record.id} value={record.slug}>
              {record.title}
            </MenuItem>
          ))}
        </TextField>
        <Button component="label" variant="outlined" disabled={!exercise || working}>
          {t('choose_file')}
          <input
            hidden
            type="file"
            accept=".xlsx,.csv"
            aria-label={t('choose_file')}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              event.target.value = '';
              setFile(chosen);
              void run(true, chosen);
            }}
          />
        </Button>
        {file && <Typography>{file.name}</Typography>}
      </Stack>
      {working && <Typography role="status">{t('working')}</Typography>}
      {failure && <Alert severity="error">{failure}</Alert>}
      {report && (
        <Box component="section" aria-labelledby="import-report">
          <Typography id="import-report" variant="h6" component="h2" sx={{ mt: 2 }}>
            {report.written ? t('written') : report.problems.length ? t('refused') : t('preview')}
          </Typography>
          {kinds.length > 0 && (
            <Table size="small" sx={{ my: 1 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('kind')}</TableCell>
                  <TableCell align="right">{t(report.written ? 'created' : 'to_create')}</TableCell>
                  <TableCell align="right">{t(report.written ? 'changed' : 'to_change')}</TableCell>
                  <TableCell align="right">{t('unchanged')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {kinds.map((kind) => (
                  <TableRow key={kind}>
                    <TableCell>{kindName(kind)}</TableCell>
                    <TableCell align="right">{counted(kind, 'create')}</TableCell>
                    <TableCell align="right">{counted(kind, 'update')}</TableCell>
                    <TableCell align="right">{report.unchanged[kind] ?? 0}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {report.skipped.length > 0 && (
            <Alert severity="warning">{t('skipped', { sheets: report.skipped.join(', ') })}</Alert>
          )}
          {report.problems.length > 0 && (
            <Alert severity="error" sx={{ mt: 1 }}>
              <Typography>{t('problems', { smart_count: report.problems.length })}</Typography>
              <List dense aria-label={t('problems_list')}>
                {report.problems.map((problem, i) => (
                  <ListItem key={i} disableGutters>
                    {[
                      problem.file && t('sheet', { name: problem.file }),
                      problem.row != null && t('row', { n: problem.row }),
                      problem.column && t('column', { name: problem.column }),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    : {problem.message}
                  </ListItem>
                ))}
              </List>
            </Alert>
          )}
          {report.dryRun && !report.problems.length && (
            <Button
              variant="contained"
              sx={{ mt: 2 }}
              disabled={working || !report.changes.length}
              onClick={() => void run(false)}
            >
              {t('confirm')}
            </Button>
          )}
        </Box>
      )}
    </Box>
  );
}
