import { Alert, Box, Card, CardContent, CardHeader, Grid, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { commitmentLabel, PagesField, ProgressView, StatusChip, useFormatters } from '../common/fields';
import { today } from '../common/format';
import { useIdentity } from '../common/identity';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import type { Identity } from '../providers/permissions';
import { RecordContextProvider } from 'react-admin';

const PagesChart = lazy(() => import('./PagesChart').then((m) => ({ default: m.PagesChart })));

/** Every delivery of a filter, 100 a page. */
async function allDeliveries(filter: G.InformationDeliveryFilter) {
  const nodes: G.DeliveriesTimelineQuery['page']['nodes'] = [];
  let after: string | null = null;
  for (;;) {
    const { page }: G.DeliveriesTimelineQuery = await request(G.DeliveriesTimelineDocument, { after, filter });
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return nodes;
    after = page.pageInfo.endCursor;
  }
}

function filtersFor(identity: Identity) {
  const organizationId = identity.organization?.id;
  const open: G.AgreementStatus[] = ['PENDING', 'IN_PROGRESS'];
  if (identity.role === 'AGENCY_EDITOR' && organizationId) {
    return { commitments: { organizationId, organizationRole: 'RESPONSIBLE' as const }, agreements: { responsibleId: organizationId, statuses: open }, own: true };
  }
  if (identity.role === 'CIVIL_SOCIETY_FOLLOWER' && organizationId) {
    return { commitments: { organizationId, organizationRole: 'FOLLOWER' as const }, agreements: { statuses: open }, own: true };
  }
  return { commitments: {}, agreements: { statuses: open }, own: false };
}

function Panel({ title, children, count }: { title: string; children: React.ReactNode; count?: number }) {
  const translate = useTranslate();
  return (
    <Card component="section" aria-label={translate(title)} sx={{ height: '100%' }}>
      <CardHeader title={`${translate(title)}${count != null ? ` (${count})` : ''}`} slotProps={{ title: { component: 'h2', variant: 'h6' } }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}

/** The dashboard per role: my commitments, overdue milestones, pending agreements and pages delivered over time. */
export function Dashboard() {
  const identity = useIdentity();
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  const filters = identity ? filtersFor(identity) : null;
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboard', identity?.id],
    enabled: !!filters,
    queryFn: async () => {
      if (!filters) throw new Error('no identity');
      const result = await request(G.DashboardDocument, { commitmentFilter: filters.commitments, agreementFilter: filters.agreements, today: today() });
      const mine = new Set(result.commitments.nodes.map((c) => c.id));
      const overdue = filters.own ? result.overdue.nodes.filter((m) => mine.has(m.commitment.id)) : result.overdue.nodes;
      const deliveries = filters.own ? (await Promise.all(result.commitments.nodes.map((c) => allDeliveries({ commitmentId: c.id })))).flat() : await allDeliveries({});
      return { ...result, overdue, deliveries };
    },
  });
  if (!identity) return null;
  const commitmentsTitle = identity.role === 'AGENCY_EDITOR' ? 'tablero.dashboard.my_commitments' : identity.role === 'CIVIL_SOCIETY_FOLLOWER' ? 'tablero.dashboard.followed_commitments' : 'tablero.dashboard.all_commitments';
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('tablero.dashboard.welcome', { name: identity.displayName })}
      </Typography>
      <Typography variant="body1" gutterBottom>
        {translate(`tablero.dashboard.intro_${identity.role}`)}
      </Typography>
      {isPending ? <Typography role="status">{translate('ra.page.loading')}</Typography> : null}
      {error ? <Alert severity="error">{translate('tablero.errors.INTERNAL_SERVER_ERROR')}</Alert> : null}
      {data ? (
        <Grid container spacing={2} sx={{ mt: 1 }}>
          <Grid size={{ xs: 12, lg: 7 }}>
            <Panel title={commitmentsTitle} count={data.commitments.totalCount}>
              {data.commitments.nodes.length ? (
                <List dense disablePadding>
                  {data.commitments.nodes.map((c) => (
                    <ListItem key={c.id} disableGutters divider>
                      <ListItemText
                        primary={<Link to={`/commitments/${c.id}/show`}>{commitmentLabel(c)}</Link>}
                        secondary={
                          <RecordContextProvider value={c}>
                            <Box component="span" sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                              <ProgressView progress={c.progress} name={c.title} />
                              <span>
                                {translate('resources.commitments.fields.pagesDelivered')}: <PagesField />
                              </span>
                            </Box>
                          </RecordContextProvider>
                        }
                        slotProps={{ secondary: { component: 'div' } }}
                      />
                    </ListItem>
                  ))}
                </List>
              ) : (
                <Typography variant="body2">{translate('tablero.dashboard.no_commitments')}</Typography>
              )}
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <Panel title="tablero.dashboard.overdue" count={data.overdue.length}>
              {data.overdue.length ? (
                <List dense disablePadding>
                  {data.overdue.map((m) => (
                    <ListItem key={m.id} disableGutters divider>
                      <ListItemText
                        primary={<Link to={`/milestones/${m.id}/show`}>{m.title}</Link>}
                        secondary={`${commitmentLabel(m.commitment)} · ${translate('tablero.dashboard.due', { date: date(m.dueDate) })} · ${enumLabel('MilestoneStatus', m.status)}`}
                      />
                    </ListItem>
                  ))}
                </List>
              ) : (
                <Typography variant="body2">{translate('tablero.dashboard.no_overdue')}</Typography>
              )}
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, lg: 7 }}>
            <Panel title="tablero.dashboard.pages_over_time">
              <Suspense fallback={<Typography role="status">{translate('ra.page.loading')}</Typography>}>
                <PagesChart deliveries={data.deliveries} />
              </Suspense>
            </Panel>
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <Panel title="tablero.dashboard.pending_agreements" count={data.pending.totalCount}>
              {data.pending.nodes.length ? (
                <List dense disablePadding>
                  {data.pending.nodes.map((a) => (
                    <ListItem key={a.id} disableGutters divider>
                      <ListItemText
                        primary={<Link to={`/agreements/${a.id}/show`}>{a.text.length > 140 ? `${a.text.slice(0, 140)}…` : a.text}</Link>}
                        secondary={
                          <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                            <StatusChip kind="AgreementStatus" value={a.status} />
                            <span>
                              {a.session
                                ? translate('tablero.session.title', { type: enumLabel('SessionType', a.session.type), number: a.session.number })
                                : a.event?.title}
                            </span>
                          </Box>
                        }
                        slotProps={{ secondary: { component: 'div' } }}
                      />
                    </ListItem>
                  ))}
                </List>
              ) : (
                <Typography variant="body2">{translate('tablero.dashboard.no_pending')}</Typography>
              )}
            </Panel>
          </Grid>
        </Grid>
      ) : null}
    </Box>
  );
}
