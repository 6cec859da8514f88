import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Unknown, useFormatters } from '../common/fields';
import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';

type Stored = { id: string; version: number; score: number | null; publication: G.Publication } | null;

interface Props {
  rubricId: string;
  commitmentId: string;
  commitmentLabel: string;
  criterionId: string;
  criterionLabel: string;
  score: number | null;
  stored: Stored;
  editable: boolean;
}

/**
 * One cell of the rubric. The evaluator enters a score there; an empty value is "Sin dato" (the
 * score is unknown), never 0. A new score starts as a draft unless published.
 */
export function ScoreCell({
  rubricId,
  commitmentId,
  commitmentLabel,
  criterionId,
  criterionLabel,
  score,
  stored,
  editable,
}: Props) {
  const translate = useTranslate();
  const { number, enumLabel } = useFormatters();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [publication, setPublication] = useState<G.Publication>('DRAFT');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = score == null ? <Unknown /> : number(score);
  const draft = stored && stored.publication === 'DRAFT' ? ` (${enumLabel('Publication', 'DRAFT')})` : '';
  if (!editable) return <>{shown}</>;

  const start = () => {
    setValue(stored?.score == null ? '' : String(stored.score));
    setPublication(stored?.publication ?? 'DRAFT');
    setError(null);
    setOpen(true);
  };
  const save = async () => {
    const trimmed = value.trim().replace(',', '.');
    const parsed = trimmed === '' ? null : Number(trimmed);
    if (parsed !== null && (!Number.isFinite(parsed) || parsed < 0))
      return setError(translate('tablero.rubric.bad_score'));
    setBusy(true);
    try {
      const input = { score: parsed, publication };
      if (stored) await request(G.UpdateEvaluationScoreDocument, { id: stored.id, version: stored.version, input });
      else if (parsed !== null)
        await request(G.CreateEvaluationScoreDocument, { input: { ...input, criterionId, commitmentId } });
      await queryClient.invalidateQueries({ queryKey: ['rubric', rubricId] });
      setOpen(false);
    } catch (e) {
      setError(
        translate(e instanceof ApiError ? `tablero.errors.${e.body.code}` : 'tablero.errors.INTERNAL_SERVER_ERROR'),
      );
    } finally {
      setBusy(false);
    }
  };
  const label = translate('tablero.rubric.edit_score', { commitment: commitmentLabel, criterion: criterionLabel });
  return (
    <>
      <Button
        size="small"
        onClick={start}
        aria-label={`${label}: ${score == null ? translate('tablero.rubric.unknown') : number(score)}`}
        sx={{ minWidth: 0, textTransform: 'none' }}
      >
        {shown}
        {draft}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`score-${commitmentId}-${criterionId}`}>
        <DialogTitle id={`score-${commitmentId}-${criterionId}`}>{label}</DialogTitle>
        <DialogContent>
          {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {error}
            </Alert>
          ) : null}
          <TextField
            label={translate('tablero.rubric.score')}
            helperText={translate('tablero.rubric.score_help')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            fullWidth
            margin="normal"
            autoFocus
          />
          <TextField
            select
            label={translate('resources.evaluations.fields.publication')}
            value={publication}
            onChange={(e) => setPublication(e.target.value as G.Publication)}
            fullWidth
            margin="normal"
          >
            <MenuItem value="DRAFT">{enumLabel('Publication', 'DRAFT')}</MenuItem>
            <MenuItem value="PUBLISHED">{enumLabel('Publication', 'PUBLISHED')}</MenuItem>
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={save} disabled={busy}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
