import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { Link, Title, useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import { ScoreCell } from './ScoreCell';
import { commitmentLabel } from '../commitments/labels';

/**
 * The evaluator's rubric: each commitment of the plan against each criterion (quality, then
 * relevance). A score the source does not give is "Sin dato", never 0.
 */
export default function RubricPage() {
  const { id } = useParams();
  const translate = useTranslate();
  const { date, number } = useFormatters();
  const { data, isPending, error } = useQuery({
    queryKey: ['rubric', id],
    queryFn: async () => (await request(G.EvaluationRubricDocument, { id: String(id) })).evaluation,
  });
  if (isPending) return <Typography role="status">{translate('ra.page.loading')}</Typography>;
  if (error || !data) return <Alert severity="error">{translate('tablero.errors.NOT_FOUND')}</Alert>;
  const criteria = data.criteria.slice().sort((a, b) => a.position - b.position);
  const quality = criteria.filter((c) => c.dimension === 'QUALITY');
  const relevance = criteria.filter((c) => c.dimension === 'RELEVANCE');
  const ordered = [...quality, ...relevance];
  const entryOf = (commitment: (typeof data.plan.commitments)[number], criterionId: string) =>
    commitment.evaluationScores.find((s) => s.criterion.id === criterionId);
  const scoreOf = (commitment: (typeof data.plan.commitments)[number], criterionId: string) =>
    entryOf(commitment, criterionId)?.score ?? null;
  const total = data.plan.commitments.length * ordered.length;
  const known = data.plan.commitments.reduce((n, c) => n + ordered.filter((k) => scoreOf(c, k.id) != null).length, 0);
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('tablero.rubric.title')} />
      <Typography variant="h5" component="h1">
        {translate('tablero.rubric.title')}
      </Typography>
      <Typography variant="subtitle1" gutterBottom>
        <Link to={`/evaluations/${data.id}/show`}>{data.title}</Link> · {data.evaluator.name}
        {data.presentedOn ? ` · ${date(data.presentedOn)}` : ''}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('tablero.rubric.known', { known: number(known), total: number(total) })}.{' '}
        {translate('tablero.rubric.unknown_note')}
        {data.scoresNote ? (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {data.scoresNote}
          </Typography>
        ) : null}
      </Alert>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('tablero.rubric.title')}>
          <TableHead>
            <TableRow>
              <TableCell component="td" />
              {quality.length ? (
                <TableCell component="th" scope="colgroup" colSpan={quality.length} align="center">
                  {translate('tablero.rubric.quality')}
                </TableCell>
              ) : null}
              {relevance.length ? (
                <TableCell component="th" scope="colgroup" colSpan={relevance.length} align="center">
                  {translate('tablero.rubric.relevance')}
                </TableCell>
              ) : null}
            </TableRow>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('tablero.rubric.commitment')}
              </TableCell>
              {ordered.map((c) => (
                <TableCell key={c.id} component="th" scope="col" title={c.question ?? undefined}>
                  {c.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.plan.commitments.map((commitment) => (
              <TableRow key={commitment.id}>
                <TableCell component="th" scope="row">
                  <Link to={`/commitments/${commitment.id}/show/evaluation`}>{commitmentLabel(commitment)}</Link>
                </TableCell>
                {ordered.map((criterion) => {
                  const entry = entryOf(commitment, criterion.id);
                  return (
                    <TableCell key={criterion.id}>
                      <ScoreCell
                        rubricId={String(id)}
                        commitmentId={commitment.id}
                        commitmentLabel={commitmentLabel(commitment)}
                        criterionId={criterion.id}
                        criterionLabel={criterion.label}
                        score={entry?.score ?? null}
                        stored={entry?.record ?? null}
                        editable={
                          // A stored score says whether it may be changed; a new one, the commitment it is scored under.
                          entry?.record
                            ? entry.record.viewerCan.update
                            : commitment.viewerCan.create.includes('EvaluationScore')
                        }
                      />
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="body2" sx={{ mt: 3 }}>
        <Link to="/comparison">{translate('tablero.comparison.open')}</Link>
      </Typography>
    </Box>
  );
}
