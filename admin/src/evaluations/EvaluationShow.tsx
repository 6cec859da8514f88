import GradingIcon from '@mui/icons-material/Grading';
import { Button, Typography } from '@mui/material';
import { Link, TextField, useRecordContext, useTranslate } from 'react-admin';
import { PartialDateField, RelatedLink, useFormatters } from '../common/fields';
import { Paragraph, RecordShow } from '../common/ShowPage';
import type { EvaluationRecordFragment } from '../generated/graphql';

function RubricButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button component={Link} to={`/evaluations/${record.id}/rubric`} startIcon={<GradingIcon />} size="small">
      {translate('tablero.rubric.open')}
    </Button>
  );
}

function Criteria(_props: { source?: string }) {
  const record = useRecordContext<EvaluationRecordFragment>();
  const { enumLabel } = useFormatters();
  if (!record?.criteria.length) return null;
  return (
    <ol>
      {record.criteria.map((c) => (
        <li key={c.id}>
          <Typography variant="body2">
            <Link to={`/evaluationCriteria/${c.id}/show`}>{c.label}</Link> (
            {enumLabel('CriterionDimension', c.dimension)}){c.question ? `: ${c.question}` : ''}
          </Typography>
        </li>
      ))}
    </ol>
  );
}

function Recommendations(_props: { source?: string }) {
  const record = useRecordContext<EvaluationRecordFragment>();
  if (!record?.recommendations.length) return null;
  return (
    <ol>
      {record.recommendations.map((r) => (
        <li key={r.id}>
          <Typography variant="body2">
            <Link to={`/recommendations/${r.id}/show`}>{r.text}</Link>
          </Typography>
        </li>
      ))}
    </ol>
  );
}

export default function EvaluationShow() {
  return (
    <RecordShow actions={<RubricButton />}>
      <TextField source="title" />
      <RelatedLink source="plan" resource="actionPlans" text={(p) => String(p.title)} />
      <RelatedLink source="evaluator" resource="organizations" text={(o) => String(o.name)} />
      <PartialDateField source="presentedOn" emptyUnknown />
      <RelatedLink source="presentedAt" resource="events" text={(e) => String(e.title)} />
      <Paragraph source="scoresNote" />
      <Criteria source="criteria" />
      <Recommendations source="recommendations" />
    </RecordShow>
  );
}
