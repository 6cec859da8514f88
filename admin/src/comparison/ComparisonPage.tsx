import { Alert, Box, FormControlLabel, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { Unknown, useFormatters } from '../common/fields';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';

type Compared = G.CompareExercisesQuery['compareExercises'][number];
type Days = Compared['daysToPlanPublication'];

/** The API lists every sector, in this order, for every exercise with a Secretariat. */
const sectors: readonly G.Sector[] = ['CIVIL_SOCIETY', 'GUARANTOR_BODY', 'LOCAL_AUTHORITY'];

/** A figure, or "Sin dato" when the sources do not give it (never 0): null figures include those of kinds an exercise's sources do not report (unreportedRecords). */
const orUnknown = (value: number | null | undefined, show: (value: number) => ReactNode) => (value == null ? <Unknown /> : show(value));

/**
 * The evaluator's comparison: every public exercise side by side, with the figures of
 * `compareExercises` (computed in SQL from the public records). Synthetic exercises, generated for
 * tests and demos, are left out unless asked for.
 */
export default function ComparisonPage() {
  const translate = useTranslate();
  const { number, percent, count, enumLabel } = useFormatters();
  const [withSynthetic, setWithSynthetic] = useState(false);
  const { data, isPending, error } = useQuery({
    queryKey: ['comparison', withSynthetic],
    // Real states only unless asked: generated and demonstration data never sit beside them by default.
    queryFn: async () => (await request(G.CompareExercisesDocument, { filter: withSynthetic ? {} : { isSynthetic: false, isDemo: false } })).compareExercises,
    placeholderData: keepPreviousData,
  });
  const t = (key: string, options?: Record<string, unknown>) => translate(`tablero.comparison.${key}`, options);
  const days = (value: Days) => {
    if (value.days != null) return number(value.days);
    if (value.atLeast != null && value.atMost != null) return t('days_range', { least: number(value.atLeast), most: number(value.atMost) });
    return <Unknown />;
  };
  const seats = (x: Compared, sector: G.Sector) => {
    const s = x.secretariat?.sectors.find((c) => c.sector === sector);
    if (!s) return <Unknown />;
    const declared = s.declaredSeats == null ? translate('tablero.common.unknown') : number(s.declaredSeats);
    return [t('seats', { declared, named: number(s.bodiesNamed) }), s.seatsOpen ? t('seats_open', { count: number(s.seatsOpen) }) : null].filter(Boolean).join(' · ');
  };
  // A figure of the plan: absent (not zero) when no plan is published.
  const ofPlan = (x: Compared, value: number | null | undefined) => (x.commitments.plans ? orUnknown(value, number) : <Unknown />);
  const groups: [string, number][] = [['stage', 2], ['commitments', 7], ['secretariat', sectors.length], ['pages', 1], ['requests', 5], ['sessions', 3], ['agreements', 2], ['attendance', 1], ['days', 2], ['evaluation', 3]];
  const columns = [
    'stage', 'reported_status',
    'commitments_total', 'regular', 'proactive', 'measured', 'unmeasured', 'complete', 'average_progress',
    ...sectors.map((sector) => `sector_${sector}`),
    'pages_delivered',
    'requests_total', 'answered_fully', 'answered_partially', 'not_answered', 'response_unknown',
    'sessions_total', 'ordinary', 'extraordinary',
    'agreements_done', 'agreements_pending',
    'event_attendance',
    'to_installation', 'to_plan',
    'scores_known', 'quality', 'relevance',
  ];
  const cells = (x: Compared): ReactNode[] => [
    x.stage ? enumLabel('ExerciseStage', x.stage) : <Unknown />,
    x.reportedStatus ?? <Unknown />,
    ofPlan(x, x.commitments.total),
    ofPlan(x, x.commitments.regular),
    ofPlan(x, x.commitments.proactive),
    number(x.commitments.withMeasuredProgress),
    number(x.commitments.withUnknownProgress),
    orUnknown(x.commitments.complete, number),
    orUnknown(x.commitments.averageProgressPercent, percent),
    ...sectors.map((sector) => seats(x, sector)),
    orUnknown(x.pagesDelivered.pages, (pages) => count(pages, x.pagesDelivered.qualifier)),
    orUnknown(x.informationRequests?.total, number),
    orUnknown(x.informationRequests?.answeredFully, number),
    orUnknown(x.informationRequests?.answeredPartially, number),
    orUnknown(x.informationRequests?.notAnswered, number),
    orUnknown(x.informationRequests?.responseUnknown, number),
    orUnknown(x.sessions?.total, number),
    orUnknown(x.sessions?.ordinary, number),
    orUnknown(x.sessions?.extraordinary, number),
    orUnknown(x.agreements?.done, number),
    orUnknown(x.agreements?.pending, number),
    x.attendance ? count(x.attendance.value, x.attendance.qualifier) : <Unknown />,
    days(x.daysToSecretariatInstallation),
    days(x.daysToPlanPublication),
    t('of', { known: number(x.evaluation.scoresKnown), expected: number(x.evaluation.scoresExpected) }),
    orUnknown(x.evaluation.averageQualityScore, number),
    orUnknown(x.evaluation.averageRelevanceScore, number),
  ];
  return (
    <Box sx={{ p: 2 }}>
      <Title title={t('title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {t('title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {t('intro')}
      </Alert>
      <FormControlLabel control={<Switch checked={withSynthetic} onChange={(event) => setWithSynthetic(event.target.checked)} />} label={t('include_synthetic')} />
      {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
      {error ? <Alert severity="error">{translate('ra.notification.http_error')}</Alert> : null}
      {data ? (
        // Width 0, at least all: the table adds nothing to the page's width (react-admin's layout grows
        // to fit its content) and scrolls sideways inside the space the page has.
        // Focusable, so that keyboard users can scroll it too.
        <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }} tabIndex={0} role="region" aria-label={t('title')}>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell component="td" />
                {groups.map(([group, span]) => (
                  <TableCell key={group} component="th" scope="colgroup" colSpan={span} align="center">
                    {t(`groups.${group}`)}
                  </TableCell>
                ))}
              </TableRow>
              <TableRow>
                <TableCell component="th" scope="col">
                  {t('exercise')}
                </TableCell>
                {columns.map((column) => (
                  <TableCell key={column} component="th" scope="col" align="right">
                    {t(`columns.${column}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((x) => (
                <TableRow key={x.exerciseId}>
                  <TableCell component="th" scope="row" sx={{ minWidth: 240 }}>
                    <Link to={`/exercises/${x.exerciseId}/show`}>{x.title}</Link> ({x.stateCode}){x.isSynthetic ? ` · ${t('synthetic')}` : ''}{x.isDemo ? ` · ${t('demo')}` : ''}
                  </TableCell>
                  {cells(x).map((cell, i) => (
                    <TableCell key={columns[i]} align="right">
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
}
