import EditIcon from '@mui/icons-material/Edit';
import AddIcon from '@mui/icons-material/Add';
import RateReviewIcon from '@mui/icons-material/RateReview';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Grid,
  Radio,
  RadioGroup,
  Stack,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import {
  EditButton,
  Link,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import {
  ExternalLink,
  OrgsField,
  PagesField,
  PublicationField,
  SourceField,
  StatusChip,
  Unknown,
  useFormatters,
} from '../common/fields';
import { ColumnHeads, WideTable } from '../common/ColumnHeads';
import { HistoryPanel } from '../common/HistoryPanel';
import * as G from '../generated/graphql';
import { ApiError, request } from '../providers/graphql';
import { recordQuery } from '../providers/recordQuery';
import type { RecordWithAbilities } from '../providers/permissions';
import { ProgressField } from './progress';

type Detail = G.CommitmentDetailQuery['commitment'];
type Milestone = Detail['milestones'][number];

/** A link to a create form with fields filled in (react-admin reads ?source=). */
const createLink = (resource: string, values: Record<string, unknown>) => ({
  pathname: `/${resource}/create`,
  search: `?source=${encodeURIComponent(JSON.stringify(values))}`,
});

function AddButton({
  resource,
  label,
  values,
  under,
}: {
  resource: string;
  label: string;
  values: Record<string, unknown>;
  /** The record it is created under (its viewerCan.create decides); none: whether the account creates the kind at all. */
  under?: RecordWithAbilities;
}) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource, record: under });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={createLink(resource, values)} startIcon={<AddIcon />} variant="contained" size="small">
      {translate(label)}
    </Button>
  );
}

function RowEdit({
  resource,
  id,
  record,
  label,
}: {
  resource: string;
  id: string;
  record: RecordWithAbilities;
  label: string;
}) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'edit', resource, record });
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to={`/${resource}/${id}`}
      size="small"
      startIcon={<EditIcon />}
      aria-label={`${translate('ra.action.edit')}: ${label}`}
    >
      {translate('ra.action.edit')}
    </Button>
  );
}

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const translate = useTranslate();
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} sx={{ mb: 3 }}>
      <Stack
        direction="row"
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 1, flexWrap: 'wrap' }}
      >
        <Typography variant="h6" component="h2" id={id}>
          {translate(title)}
        </Typography>
        {actions}
      </Stack>
      {children}
    </Box>
  );
}

function Empty({ text }: { text: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" role="status">
      {translate(text)}
    </Typography>
  );
}

/** A follower's confirmation or dispute of a milestone's reported status, with a comment. */
function ReviewDialog({
  milestone,
  open,
  onClose,
  onDone,
}: {
  milestone: Milestone;
  open: boolean;
  onClose(): void;
  onDone(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const { enumLabel } = useFormatters();
  const [verdict, setVerdict] = useState<G.ReviewVerdict>('CONFIRMED');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    if (!comment.trim() || comment.length > 4000) {
      setError(translate('tablero.validation.comment_length'));
      return;
    }
    setSaving(true);
    try {
      await request(G.ReviewMilestoneDocument, { milestoneId: milestone.id, verdict, comment: comment.trim() });
      notify('tablero.review.done', { type: 'success' });
      setComment('');
      onDone();
    } catch (e) {
      setError(translate(e instanceof ApiError ? `tablero.errors.${e.code}` : 'tablero.errors.INTERNAL_SERVER_ERROR'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="review-title" fullWidth maxWidth="sm">
      <DialogTitle id="review-title">{translate('tablero.review.title')}</DialogTitle>
      <DialogContent>
        <Typography gutterBottom>
          {milestone.title} · <StatusChip kind="MilestoneStatus" value={milestone.status} />
        </Typography>
        <FormControl component="fieldset" sx={{ mt: 1 }}>
          <FormLabel component="legend">{translate('tablero.review.verdict')}</FormLabel>
          <RadioGroup
            row
            value={verdict}
            onChange={(e) => setVerdict(e.target.value as G.ReviewVerdict)}
            name="verdict"
          >
            <FormControlLabel value="CONFIRMED" control={<Radio />} label={enumLabel('ReviewVerdict', 'CONFIRMED')} />
            <FormControlLabel value="DISPUTED" control={<Radio />} label={enumLabel('ReviewVerdict', 'DISPUTED')} />
          </RadioGroup>
        </FormControl>
        <TextField
          label={translate('tablero.review.comment')}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
            setError(null);
          }}
          multiline
          minRows={3}
          fullWidth
          required
          error={!!error}
          helperText={error ?? ' '}
          sx={{ mt: 2 }}
          slotProps={{ htmlInput: { maxLength: 4000, name: 'comment' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button onClick={submit} variant="contained" disabled={saving}>
          {translate('tablero.review.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Reviews({ milestone }: { milestone: Milestone }) {
  const translate = useTranslate();
  const { dateTime, enumLabel } = useFormatters();
  if (!milestone.reviews.length) return <Empty text="tablero.review.none" />;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label={translate('tablero.commitment.reviews')}>
      {milestone.reviews.map((review) => (
        <li key={review.id}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <StatusChip kind="ReviewVerdict" value={review.verdict} />
            <Typography variant="body2" component="span">
              {translate('tablero.review.entry', {
                organization: review.organization.abbreviation || review.organization.name,
                verdict: enumLabel('ReviewVerdict', review.verdict).toLowerCase(),
                status: enumLabel('MilestoneStatus', review.reviewedStatus),
                date: dateTime(review.createdAt),
              })}
            </Typography>
          </Stack>
          <Typography variant="body2" sx={{ ml: 1, mb: 1 }}>
            «{review.comment}»
          </Typography>
        </li>
      ))}
    </Box>
  );
}

function MilestoneCard({ milestone, onReviewed }: { milestone: Milestone; onReviewed(): void }) {
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  const [reviewing, setReviewing] = useState(false);
  const { canAccess: canReview } = useCanAccess({ action: 'review', resource: 'milestones', record: milestone });
  const headingId = useId();
  return (
    <Card variant="outlined" component="article" aria-labelledby={headingId} sx={{ mb: 1 }}>
      <CardContent>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="subtitle1" component="h3" id={headingId} sx={{ flex: 1, minWidth: 200 }}>
            {milestone.position}. {milestone.title}
          </Typography>
          <StatusChip kind="MilestoneStatus" value={milestone.status} />
          <StatusChip kind="Publication" value={milestone.publication} />
          <RowEdit resource="milestones" id={milestone.id} record={milestone} label={milestone.title} />
          {canReview ? (
            <Button
              size="small"
              startIcon={<RateReviewIcon />}
              onClick={() => setReviewing(true)}
              aria-label={`${translate('tablero.review.open')}: ${milestone.title}`}
            >
              {translate('tablero.review.open')}
            </Button>
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {[
            milestone.startDate &&
              `${translate('resources.milestones.fields.startDate')}: ${date(milestone.startDate)}`,
            milestone.dueDate && `${translate('resources.milestones.fields.dueDate')}: ${date(milestone.dueDate)}`,
            milestone.completedOn &&
              `${translate('resources.milestones.fields.completedOn')}: ${date(milestone.completedOn)}`,
            `${translate('resources.milestones.fields.weight')}: ${milestone.weight}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {milestone.description ? <Typography variant="body2">{milestone.description}</Typography> : null}
        {milestone.evidenceUrl || milestone.evidenceDescription ? (
          <Typography variant="body2">
            {translate('resources.milestones.fields.evidence')}:{' '}
            {milestone.evidenceUrl ? (
              <ExternalLink href={milestone.evidenceUrl}>{milestone.evidenceUrl}</ExternalLink>
            ) : null}{' '}
            {milestone.evidenceDescription}
          </Typography>
        ) : null}
        <Typography variant="subtitle2" component="h4" sx={{ mt: 1 }}>
          {translate('tablero.commitment.reviews')}
        </Typography>
        <Reviews milestone={milestone} />
        <ReviewDialog
          milestone={milestone}
          open={reviewing}
          onClose={() => setReviewing(false)}
          onDone={() => {
            setReviewing(false);
            onReviewed();
          }}
        />
        <span hidden>{enumLabel('MilestoneStatus', milestone.status)}</span>
      </CardContent>
    </Card>
  );
}

function Totals({ detail }: { detail: Detail }) {
  const translate = useTranslate();
  const { number } = useFormatters();
  const published = detail.informationDeliveries.filter((d) => d.publication === 'PUBLISHED');
  const rows: [string, ReactNode][] = [
    ['resources.commitments.fields.progress', <ProgressField key="p" />],
    ['resources.commitments.fields.pagesDelivered', <PagesField key="pages" detail />],
    ['tablero.commitment.deliveries', number(published.length)],
    ['tablero.commitment.requests', number(detail.informationRequests.length)],
    ['tablero.commitment.meetings', number(detail.meetings.length)],
    ['tablero.commitment.milestones', number(detail.milestones.length)],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0 }}
      aria-label={translate('tablero.commitment.totals')}
      data-testid="totals"
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {translate(label)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function CommitmentTabs() {
  const record = useRecordContext<G.CommitmentRecordFragment>();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const { date, count, enumLabel } = useFormatters();
  const key = ['commitmentDetail', record?.id, record?.version];
  const { data, isPending, error } = useQuery({
    queryKey: key,
    enabled: !!record,
    queryFn: async () => (await request(G.CommitmentDetailDocument, { id: String(record?.id) })).commitment,
  });
  if (!record) return null;
  const refetch = () => queryClient.invalidateQueries({ queryKey: ['commitmentDetail', record.id] });
  const commitmentId = String(record.id);
  const body = (render: (detail: Detail) => ReactNode) =>
    isPending ? (
      <Typography role="status">{translate('ra.page.loading')}</Typography>
    ) : error || !data ? (
      <Alert severity="error">{translate('tablero.errors.INTERNAL_SERVER_ERROR')}</Alert>
    ) : (
      render(data)
    );

  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="tablero.commitment.summary">
        {body((detail) => (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Section title="resources.commitments.fields.objective">
                {detail.objective ? <Typography variant="body1">{detail.objective}</Typography> : <Unknown />}
              </Section>
              <Section title="resources.commitments.fields.responsibleAgencies">
                <OrgsField source="responsibleAgencies" />
              </Section>
              <Section title="resources.commitments.fields.followers">
                <OrgsField source="followers" />
              </Section>
              {detail.themes.length ? (
                <Section title="resources.commitments.fields.themes">
                  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
                    {detail.themes.map((t) => (
                      <Chip key={t.id} label={t.name} size="small" />
                    ))}
                  </Stack>
                </Section>
              ) : null}
              <Section title="resources.commitments.fields.source">
                <SourceField />
              </Section>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Section title="tablero.commitment.totals">
                <Totals detail={detail} />
              </Section>
              <Section title="resources.commitments.fields.publication">
                <PublicationField />
              </Section>
            </Grid>
          </Grid>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.milestones" path="milestones">
        {body((detail) => (
          <Section
            title="tablero.commitment.milestones"
            actions={
              <AddButton
                resource="milestones"
                label="tablero.commitment.add_milestone"
                under={record}
                values={{ commitmentId, position: detail.milestones.length + 1, weight: 1, status: 'NOT_STARTED' }}
              />
            }
          >
            {detail.milestones.length ? (
              detail.milestones.map((m) => <MilestoneCard key={m.id} milestone={m} onReviewed={refetch} />)
            ) : (
              <MilestonesEmpty under={record} />
            )}
          </Section>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.meetings" path="meetings">
        {body((detail) => (
          <Section
            title="tablero.commitment.meetings"
            actions={
              // A meeting names its commitments through links: the commitment's viewerCan.create answers for those too.
              <AddButton
                resource="events"
                label="tablero.commitment.add_meeting"
                values={{ commitmentIds: [commitmentId], exerciseId: record.plan.exercise.id, kind: 'WORKING_MEETING' }}
                under={record}
              />
            }
          >
            {detail.meetings.length ? (
              <WideTable aria-label={translate('tablero.commitment.meetings')}>
                <ColumnHeads
                  columns={[
                    'resources.events.fields.startDate',
                    'resources.events.fields.kind',
                    'resources.events.fields.title',
                    'resources.events.fields.municipality',
                    'resources.events.fields.agreements',
                  ]}
                />
                <TableBody>
                  {detail.meetings.map((m) => (
                    <TableRow key={m.id}>
                      <TableCell>{m.startDate ? date(m.startDate) : <Unknown />}</TableCell>
                      <TableCell>{enumLabel('EventKind', m.kind)}</TableCell>
                      <TableCell>
                        <Link to={`/events/${m.id}/show`}>{m.title}</Link>
                      </TableCell>
                      <TableCell>{m.municipality?.name ?? ''}</TableCell>
                      <TableCell>
                        {translate('tablero.commitment.agreements_count', { smart_count: m.agreements.length })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </WideTable>
            ) : (
              <Empty text="tablero.commitment.no_meetings" />
            )}
          </Section>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.requests" path="requests">
        {body((detail) => (
          <Section
            title="tablero.commitment.requests"
            actions={
              <AddButton
                resource="informationRequests"
                label="tablero.commitment.add_request"
                under={record}
                values={{ commitmentId, response: 'UNKNOWN' }}
              />
            }
          >
            {detail.informationRequests.length ? (
              <WideTable aria-label={translate('tablero.commitment.requests')}>
                <ColumnHeads
                  columns={[
                    'resources.informationRequests.fields.requestedOn',
                    'resources.informationRequests.fields.subject',
                    'resources.informationRequests.fields.recipient',
                    'resources.informationRequests.fields.response',
                    'resources.informationRequests.fields.publication',
                  ]}
                  edit
                />
                <TableBody>
                  {detail.informationRequests.map((r) => (
                    <TableRow key={r.id}>
                      <TableCell>{r.requestedOn ? date(r.requestedOn) : <Unknown />}</TableCell>
                      <TableCell>
                        <Link to={`/informationRequests/${r.id}/show`}>{r.subject}</Link>
                      </TableCell>
                      <TableCell>
                        {r.recipient?.abbreviation || r.recipient?.name || r.recipientDescription}
                        {r.recipientCount != null ? ` (${r.respondedCount ?? '?'} / ${r.recipientCount})` : ''}
                      </TableCell>
                      <TableCell>
                        <StatusChip kind="RequestResponse" value={r.response} />
                      </TableCell>
                      <TableCell>
                        <StatusChip kind="Publication" value={r.publication} />
                      </TableCell>
                      <TableCell>
                        <RowEdit resource="informationRequests" id={r.id} record={r} label={r.subject} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </WideTable>
            ) : (
              <Empty text="tablero.commitment.no_requests" />
            )}
          </Section>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.deliveries" path="deliveries">
        {body((detail) => (
          <Section
            title="tablero.commitment.deliveries"
            actions={
              <AddButton
                resource="informationDeliveries"
                label="tablero.commitment.add_delivery"
                under={record}
                values={{ commitmentId }}
              />
            }
          >
            <Box sx={{ mb: 2 }}>
              <Totals detail={detail} />
            </Box>
            {detail.informationDeliveries.length ? (
              <WideTable aria-label={translate('tablero.commitment.deliveries')}>
                <ColumnHeads
                  columns={[
                    'resources.informationDeliveries.fields.deliveredOn',
                    'resources.informationDeliveries.fields.description',
                    'resources.informationDeliveries.fields.deliveredBy',
                    { label: 'resources.informationDeliveries.fields.pages', align: 'right' },
                    'resources.informationDeliveries.fields.publication',
                  ]}
                  edit
                />
                <TableBody>
                  {detail.informationDeliveries.map((d) => (
                    <TableRow key={d.id}>
                      <TableCell>{d.deliveredOn ? date(d.deliveredOn) : <Unknown />}</TableCell>
                      <TableCell>
                        <Link to={`/informationDeliveries/${d.id}/show`}>{d.description}</Link>
                      </TableCell>
                      <TableCell>
                        {d.deliveredBy?.abbreviation || d.deliveredBy?.name || d.deliveredByDescription}
                      </TableCell>
                      <TableCell align="right">
                        {d.pages != null ? count(d.pages, d.pagesQualifier) : <Unknown />}
                      </TableCell>
                      <TableCell>
                        <StatusChip kind="Publication" value={d.publication} />
                      </TableCell>
                      <TableCell>
                        <RowEdit resource="informationDeliveries" id={d.id} record={d} label={d.description} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </WideTable>
            ) : (
              <Empty text="tablero.commitment.no_deliveries" />
            )}
          </Section>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.evaluation" path="evaluation">
        {body((detail) =>
          detail.evaluationScores.length ? (
            <WideTable aria-label={translate('tablero.commitment.evaluation')}>
              <ColumnHeads
                columns={[
                  'resources.evaluationCriteria.fields.dimension',
                  'resources.evaluationCriteria.fields.label',
                  'tablero.rubric.title',
                ]}
              />
              <TableBody>
                {detail.evaluationScores
                  .slice()
                  .sort((a, b) => a.criterion.position - b.criterion.position)
                  .map((s) => (
                    <TableRow key={s.criterion.id}>
                      <TableCell>{enumLabel('CriterionDimension', s.criterion.dimension)}</TableCell>
                      <TableCell>{s.criterion.label}</TableCell>
                      <TableCell>{s.score == null ? <Unknown /> : s.score}</TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </WideTable>
          ) : (
            <Empty text="tablero.commitment.no_scores" />
          ),
        )}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.history" path="history">
        <HistoryPanel record={record} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
}

function MilestonesEmpty({ under }: { under: RecordWithAbilities }) {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'milestones', record: under });
  return <Empty text={canAccess ? 'tablero.commitment.no_milestones' : 'tablero.commitment.no_milestones_read'} />;
}

function Actions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

/** The commitment page: milestones, meetings, requests and deliveries inline, progress, totals, reviews and history. */
export default function CommitmentShow() {
  return (
    <Show queryOptions={recordQuery} actions={<Actions />}>
      <CommitmentTabs />
    </Show>
  );
}
