import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormGroup,
  List,
  ListItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadCSV, Link, Title, useTranslate } from 'react-admin';
import { toCsv } from '../common/csv';
import { cellFormat } from '../common/exporter';
import { Unknown, useFormatters } from '../common/fields';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';

type Compared = G.CompareExercisesQuery['compareExercises'][number];
type Days = Compared['daysToPlanPublication'];

/** The API lists every sector, in this order, for every exercise with a Secretariat. */
const sectors: readonly G.Sector[] = ['CIVIL_SOCIETY', 'GUARANTOR_BODY', 'LOCAL_AUTHORITY'];

/** A cell: what it says (null: the sources do not say, never 0) and what it sorts and ranks by. */
interface Figure {
  text: string | null;
  rank: number | null;
}

interface Column {
  key: string;
  group: string;
  figure: (x: Compared) => Figure;
}

const GROUPS = [
  'stage',
  'commitments',
  'secretariat',
  'pages',
  'requests',
  'sessions',
  'agreements',
  'attendance',
  'days',
  'evaluation',
] as const;

/**
 * The evaluator's comparison, as a tool: chosen exercises and groups of columns, the exercise
 * column kept in view, any column sorted (unknowns last, never as zero) and ranked in a bar chart,
 * figures per commitment where totals differ in size, and the table as CSV. Synthetic and
 * demonstration exercises stay apart unless asked for.
 */
export default function ComparisonPage() {
  const translate = useTranslate();
  const { number, percent, count, enumLabel, locale } = useFormatters();
  const [withSynthetic, setWithSynthetic] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [shown, setShown] = useState<Set<string>>(() => new Set(GROUPS));
  const [sort, setSort] = useState<{ key: string; direction: 'asc' | 'desc' } | null>(null);
  const { data, isPending, error } = useQuery({
    queryKey: ['comparison', withSynthetic],
    // Real states only unless asked: generated and demonstration data never sit beside them by default.
    queryFn: async () =>
      (
        await request(G.CompareExercisesDocument, {
          filter: withSynthetic ? {} : { isSynthetic: false, isDemo: false },
        })
      ).compareExercises,
    placeholderData: keepPreviousData,
  });
  const t = (key: string, options?: Record<string, unknown>) => translate(`tablero.comparison.${key}`, options);
  const unknown: Figure = { text: null, rank: null };
  const n = (value: number | null | undefined): Figure =>
    value == null ? unknown : { text: number(value), rank: value };
  const days = (value: Days): Figure => {
    if (value.days != null) return n(value.days);
    if (value.atLeast != null && value.atMost != null)
      return {
        text: t('days_range', { least: number(value.atLeast), most: number(value.atMost) }),
        rank: (value.atLeast + value.atMost) / 2,
      };
    return unknown;
  };
  const seats = (x: Compared, sector: G.Sector): Figure => {
    const s = x.secretariat?.sectors.find((c) => c.sector === sector);
    if (!s) return unknown;
    const declared = s.declaredSeats == null ? translate('tablero.common.unknown') : number(s.declaredSeats);
    return {
      text: [
        t('seats', { declared, named: number(s.bodiesNamed) }),
        s.seatsOpen ? t('seats_open', { count: number(s.seatsOpen) }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
      rank: s.declaredSeats ?? null,
    };
  };
  // A figure of the plan: absent (not zero) when no plan is published.
  const ofPlan = (x: Compared, value: number | null | undefined) => (x.commitments.plans ? n(value) : unknown);
  const perCommitment = (x: Compared): Figure => {
    const { pages, qualifier } = x.pagesDelivered;
    const total = x.commitments.plans ? x.commitments.total : null;
    if (pages == null || !total) return unknown;
    const value = Math.round((pages / total) * 10) / 10;
    return { text: count(value, qualifier), rank: value };
  };
  const score = (value: number | null | undefined): Figure =>
    value == null ? unknown : { text: t('score', { value: number(value) }), rank: value };
  const columns: Column[] = [
    {
      key: 'stage',
      group: 'stage',
      figure: (x) => (x.stage ? { text: enumLabel('ExerciseStage', x.stage), rank: null } : unknown),
    },
    { key: 'reported_status', group: 'stage', figure: (x) => ({ text: x.reportedStatus ?? null, rank: null }) },
    { key: 'commitments_total', group: 'commitments', figure: (x) => ofPlan(x, x.commitments.total) },
    { key: 'regular', group: 'commitments', figure: (x) => ofPlan(x, x.commitments.regular) },
    { key: 'proactive', group: 'commitments', figure: (x) => ofPlan(x, x.commitments.proactive) },
    { key: 'measured', group: 'commitments', figure: (x) => n(x.commitments.withMeasuredProgress) },
    { key: 'unmeasured', group: 'commitments', figure: (x) => n(x.commitments.withUnknownProgress) },
    { key: 'complete', group: 'commitments', figure: (x) => n(x.commitments.complete) },
    {
      key: 'average_progress',
      group: 'commitments',
      figure: (x) =>
        x.commitments.averageProgressPercent == null
          ? unknown
          : { text: percent(x.commitments.averageProgressPercent), rank: x.commitments.averageProgressPercent },
    },
    ...sectors.map((sector) => ({
      key: `sector_${sector}`,
      group: 'secretariat',
      figure: (x: Compared) => seats(x, sector),
    })),
    {
      key: 'pages_delivered',
      group: 'pages',
      figure: (x) =>
        x.pagesDelivered.pages == null
          ? unknown
          : { text: count(x.pagesDelivered.pages, x.pagesDelivered.qualifier), rank: x.pagesDelivered.pages },
    },
    { key: 'pages_per_commitment', group: 'pages', figure: perCommitment },
    { key: 'requests_total', group: 'requests', figure: (x) => n(x.informationRequests?.total) },
    { key: 'answered_fully', group: 'requests', figure: (x) => n(x.informationRequests?.answeredFully) },
    { key: 'answered_partially', group: 'requests', figure: (x) => n(x.informationRequests?.answeredPartially) },
    { key: 'not_answered', group: 'requests', figure: (x) => n(x.informationRequests?.notAnswered) },
    { key: 'response_unknown', group: 'requests', figure: (x) => n(x.informationRequests?.responseUnknown) },
    { key: 'sessions_total', group: 'sessions', figure: (x) => n(x.sessions?.total) },
    { key: 'ordinary', group: 'sessions', figure: (x) => n(x.sessions?.ordinary) },
    { key: 'extraordinary', group: 'sessions', figure: (x) => n(x.sessions?.extraordinary) },
    { key: 'agreements_done', group: 'agreements', figure: (x) => n(x.agreements?.done) },
    { key: 'agreements_pending', group: 'agreements', figure: (x) => n(x.agreements?.pending) },
    {
      key: 'event_attendance',
      group: 'attendance',
      figure: (x) =>
        x.attendance ? { text: count(x.attendance.value, x.attendance.qualifier), rank: x.attendance.value } : unknown,
    },
    { key: 'to_installation', group: 'days', figure: (x) => days(x.daysToSecretariatInstallation) },
    { key: 'to_plan', group: 'days', figure: (x) => days(x.daysToPlanPublication) },
    {
      key: 'scores_known',
      group: 'evaluation',
      figure: (x) => ({
        text: t('of', { known: number(x.evaluation.scoresKnown), expected: number(x.evaluation.scoresExpected) }),
        rank: x.evaluation.scoresKnown,
      }),
    },
    { key: 'quality', group: 'evaluation', figure: (x) => score(x.evaluation.averageQualityScore) },
    { key: 'relevance', group: 'evaluation', figure: (x) => score(x.evaluation.averageRelevanceScore) },
  ];
  const visible = columns.filter((column) => shown.has(column.group));
  const name = (x: Compared) => `${x.title} (${x.stateCode})`;
  const sorted = (() => {
    const rows = (data ?? []).filter((x) => !chosen.length || chosen.includes(x.exerciseId));
    const column = sort && columns.find((c) => c.key === sort.key);
    if (!sort || !column) return rows;
    const sign = sort.direction === 'asc' ? 1 : -1;
    // Unknowns last in either direction: they are not small.
    return rows.slice().sort((a, b) => {
      const [x, y] = [column.figure(a), column.figure(b)];
      if (x.rank == null || y.rank == null)
        return x.rank == null ? (y.rank == null ? (x.text ?? '').localeCompare(y.text ?? '') : 1) : -1;
      return sign * (x.rank - y.rank);
    });
  })();
  const ranked = sort && columns.find((c) => c.key === sort.key);
  const rankedMax = ranked ? Math.max(0, ...sorted.map((x) => ranked.figure(x).rank ?? 0)) : 0;
  const label = (column: Column) => `${t(`groups.${column.group}`)} · ${t(`columns.${column.key}`)}`;

  const exportCsv = () => {
    const csv = toCsv(
      sorted,
      [
        { field: 'exercise', header: 'tablero.comparison.exercise', value: (x: Compared) => name(x) },
        ...visible.map((column) => ({ field: column.key, value: (x: Compared) => column.figure(x).text ?? '' })),
      ],
      (column) =>
        column.field === 'exercise' ? t('exercise') : label(visible.find((c) => c.key === column.field) as Column),
      cellFormat(),
    );
    downloadCSV(`\uFEFF${csv}`, t('file_name'));
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {t('title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('intro')}
      </Alert>
      <Stack spacing={1} sx={{ mb: 2 }}>
        <FormControlLabel
          control={<Switch checked={withSynthetic} onChange={(event) => setWithSynthetic(event.target.checked)} />}
          label={t('include_synthetic')}
        />
        <Autocomplete
          multiple
          options={(data ?? []).map((x) => x.exerciseId)}
          getOptionLabel={(id) => {
            const x = data?.find((e) => e.exerciseId === id);
            return x ? name(x) : id;
          }}
          value={chosen}
          onChange={(_event, value) => setChosen(value)}
          renderInput={(params) => (
            <TextField {...params} size="small" label={t('choose_exercises')} helperText={t('choose_exercises_help')} />
          )}
          sx={{ maxWidth: 720 }}
        />
        <FormGroup row role="group" aria-label={t('choose_columns')}>
          <Typography variant="body2" component="span" sx={{ alignSelf: 'center', mr: 1 }}>
            {t('choose_columns')}:
          </Typography>
          {GROUPS.map((group) => (
            <FormControlLabel
              key={group}
              control={
                <Checkbox
                  size="small"
                  checked={shown.has(group)}
                  onChange={(event) => {
                    const next = new Set(shown);
                    if (event.target.checked) next.add(group);
                    else next.delete(group);
                    setShown(next);
                  }}
                />
              }
              label={t(`groups.${group}`)}
            />
          ))}
        </FormGroup>
        <Box>
          <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} disabled={!sorted.length}>
            {translate('ra.action.export')}
          </Button>
        </Box>
      </Stack>
      {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
      {error ? <Alert severity="error">{translate('ra.notification.http_error')}</Alert> : null}
      {data ? (
        // Width 0, at least all: the table adds nothing to the page's width (react-admin's layout grows
        // to fit its content) and scrolls sideways inside the space the page has, the exercise column
        // kept in view. Focusable, so that keyboard users can scroll it too.
        <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }} tabIndex={0} role="region" aria-label={t('title')}>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell
                  component="th"
                  scope="col"
                  sx={{ position: 'sticky', left: 0, zIndex: 2, bgcolor: 'background.paper', minWidth: 200 }}
                >
                  {t('exercise')}
                </TableCell>
                {visible.map((column) => (
                  <TableCell
                    key={column.key}
                    component="th"
                    scope="col"
                    align="right"
                    sortDirection={sort?.key === column.key ? sort.direction : false}
                  >
                    <TableSortLabel
                      active={sort?.key === column.key}
                      direction={sort?.key === column.key ? sort.direction : 'desc'}
                      onClick={() =>
                        setSort(
                          sort?.key === column.key
                            ? { key: column.key, direction: sort.direction === 'desc' ? 'asc' : 'desc' }
                            : { key: column.key, direction: 'desc' },
                        )
                      }
                    >
                      {label(column)}
                    </TableSortLabel>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((x) => (
                <TableRow key={x.exerciseId}>
                  <TableCell
                    component="th"
                    scope="row"
                    sx={{ position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', minWidth: 200 }}
                  >
                    <Link to={`/exercises/${x.exerciseId}/show`}>{x.title}</Link> ({x.stateCode})
                    {x.isSynthetic ? ` · ${t('synthetic')}` : ''}
                    {x.isDemo ? ` · ${t('demo')}` : ''}
                  </TableCell>
                  {visible.map((column) => {
                    const { text } = column.figure(x);
                    return (
                      <TableCell key={column.key} align="right">
                        {text ?? <Unknown />}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {shown.has('evaluation') ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('scale_note')}
        </Typography>
      ) : null}
      {ranked && sorted.length ? (
        <Box component="section" aria-labelledby="comparison-ranking" sx={{ mt: 3, maxWidth: 900 }}>
          <Typography variant="h6" component="h2" id="comparison-ranking">
            {t('ranking', { column: label(ranked) })}
          </Typography>
          <List dense aria-label={t('ranking', { column: label(ranked) })}>
            {sorted.map((x) => {
              const { text, rank } = ranked.figure(x);
              return (
                <ListItem
                  key={x.exerciseId}
                  sx={{ display: 'grid', gridTemplateColumns: 'minmax(160px, 1fr) 3fr', gap: 1 }}
                >
                  <Typography variant="body2">{name(x)}</Typography>
                  {rank == null ? (
                    <Unknown />
                  ) : (
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Box
                        aria-hidden
                        sx={{
                          height: 14,
                          bgcolor: 'primary.main',
                          width: `${rankedMax ? (Math.max(rank, 0) / rankedMax) * 100 : 0}%`,
                          minWidth: 2,
                        }}
                      />
                      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }} lang={locale}>
                        {text}
                      </Typography>
                    </Stack>
                  )}
                </ListItem>
              );
            })}
          </List>
        </Box>
      ) : null}
    </Box>
  );
}
