import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Grid,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { PagesField, StatusChip, useFormatters } from '../common/fields';
import { partialDateStart, today } from '../common/format';
import { useIdentity } from '../common/identity';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import type { Identity } from '../providers/permissions';
import { RecordContextProvider } from 'react-admin';
import { commitmentLabel } from '../commitments/labels';
import { ProgressView } from '../commitments/progress';

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

/**
 * What each panel asks for, by the viewer's scope: an agency and a follower their own commitments
 * (`own`: overdue milestones and deliveries are read from them), an institute its state's, the
 * platform and the national evaluator every state's.
 */
function filtersFor(identity: Identity) {
  const organizationId = identity.organization?.id;
  const open: G.AgreementStatus[] = ['PENDING', 'IN_PROGRESS'];
  if (identity.role === 'AGENCY_EDITOR' && organizationId) {
    return {
      commitments: { organizationId, organizationRole: 'RESPONSIBLE' as const },
      agreements: { responsibleId: organizationId, statuses: open },
      own: true,
    };
  }
  if (identity.role === 'CIVIL_SOCIETY_FOLLOWER' && organizationId) {
    return {
      commitments: { organizationId, organizationRole: 'FOLLOWER' as const },
      agreements: { statuses: open },
      own: true,
    };
  }
  const stateId = identity.role === 'INSTITUTE_ADMIN' ? identity.state?.id : undefined;
  return { commitments: { stateId }, agreements: { statuses: open, stateId }, stateId, own: false };
}

/** Catches what a panel's content throws while rendering: that panel says so, the page stays. */
class PanelBoundary extends Component<{ message: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? this.props.message : this.props.children;
  }
}

function Rendered({ render }: { render: () => ReactNode }) {
  return render();
}

/**
 * A panel of the dashboard over its own request: "Cargando…" while it runs, an error in the panel
 * (not the page) when it or the panel's content fails, else the content.
 */
function Panel<T>({
  title,
  query,
  count,
  children,
}: {
  title: string;
  query: UseQueryResult<T>;
  count?: (data: T) => number;
  children: (data: T) => ReactNode;
}) {
  const translate = useTranslate();
  const failed = <Alert severity="error">{translate('tablero.errors.INTERNAL_SERVER_ERROR')}</Alert>;
  const { data, error } = query;
  return (
    <Card component="section" aria-label={translate(title)} sx={{ height: '100%' }}>
      <CardHeader
        title={`${translate(title)}${data !== undefined && count ? ` (${count(data)})` : ''}`}
        slotProps={{ title: { component: 'h2', variant: 'h6' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {error ? (
          failed
        ) : data === undefined ? (
          <Typography role="status">{translate('ra.page.loading')}</Typography>
        ) : (
          <PanelBoundary message={failed}>
            <Rendered render={() => children(data)} />
          </PanelBoundary>
        )}
      </CardContent>
    </Card>
  );
}

const OPEN: G.MilestoneStatus[] = ['NOT_STARTED', 'IN_PROGRESS'];

/** The milestones of these commitments due by today and not done, soonest first (as the API's overdue filter). */
function overdueOf(commitments: G.DashboardCommitmentsQuery['commitments']['nodes'], day: string) {
  const due = partialDateStart(day);
  return commitments
    .flatMap((c) => (c.milestones ?? []).map((m) => ({ ...m, commitment: c })))
    .filter((m) => OPEN.includes(m.status) && !!m.dueDate && partialDateStart(m.dueDate) <= due)
    .sort((a, b) => partialDateStart(a.dueDate ?? '') - partialDateStart(b.dueDate ?? ''));
}

/**
 * The dashboard per role: my commitments, overdue milestones (of my commitments, for an agency or
 * a follower), open agreements and published pages delivered over time; each panel on its own.
 */
export function Dashboard() {
  const identity = useIdentity();
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  const filters = identity ? filtersFor(identity) : null;
  const own = !!filters?.own;
  const commitments = useQuery({
    queryKey: ['dashboard', 'commitments', identity?.id],
    enabled: !!filters,
    queryFn: async () =>
      (await request(G.DashboardCommitmentsDocument, { filter: filters?.commitments, withMilestones: own }))
        .commitments,
  });
  const overdue = useQuery({
    queryKey: ['dashboard', 'overdue', identity?.id, commitments.data],
    enabled: !!filters && (!own || !!commitments.data),
    queryFn: async () =>
      own && commitments.data
        ? overdueOf(commitments.data.nodes, today())
        : (await request(G.OverdueMilestonesDocument, { today: today(), stateId: filters?.stateId })).milestones.nodes,
  });
  const pending = useQuery({
    queryKey: ['dashboard', 'pending', identity?.id],
    enabled: !!filters,
    queryFn: async () => (await request(G.PendingAgreementsDocument, { filter: filters?.agreements })).agreements,
  });
  const deliveries = useQuery({
    queryKey: ['dashboard', 'deliveries', identity?.id, commitments.data],
    enabled: !!filters && (!own || !!commitments.data),
    // Only what the public sees counts: a draft delivery is not yet delivered for anyone else.
    queryFn: async () =>
      (own && commitments.data
        ? (await Promise.all(commitments.data.nodes.map((c) => allDeliveries({ commitmentId: c.id })))).flat()
        : await allDeliveries({ stateId: filters?.stateId })
      ).filter((d) => d.publication === 'PUBLISHED'),
  });
  if (!identity) return null;
  const commitmentsTitle =
    identity.role === 'AGENCY_EDITOR'
      ? 'tablero.dashboard.my_commitments'
      : identity.role === 'CIVIL_SOCIETY_FOLLOWER'
        ? 'tablero.dashboard.followed_commitments'
        : 'tablero.dashboard.all_commitments';
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }}>
      <Title title="ra.page.dashboard" />
      <Typography variant="h4" component="h1" gutterBottom>
        {translate('tablero.dashboard.welcome', { name: identity.displayName })}
      </Typography>
      <Typography variant="body1" gutterBottom>
        {translate(`tablero.dashboard.intro_${identity.role}`)}
      </Typography>
      <Grid container spacing={2} sx={{ mt: 1 }}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Panel title={commitmentsTitle} query={commitments} count={(data) => data.totalCount}>
            {(data) =>
              data.nodes.length ? (
                <List dense disablePadding>
                  {data.nodes.map((c) => (
                    <ListItem key={c.id} disableGutters divider>
                      <ListItemText
                        primary={<Link to={`/commitments/${c.id}/show`}>{commitmentLabel(c)}</Link>}
                        secondary={
                          <RecordContextProvider value={c}>
                            <Box
                              component="span"
                              sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
                            >
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
              )
            }
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Panel title="tablero.dashboard.overdue" query={overdue} count={(data) => data.length}>
            {(data) =>
              data.length ? (
                <List dense disablePadding>
                  {data.map((m) => (
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
              )
            }
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Panel title="tablero.dashboard.pages_over_time" query={deliveries}>
            {(data) => (
              <Suspense fallback={<Typography role="status">{translate('ra.page.loading')}</Typography>}>
                <PagesChart deliveries={data} />
              </Suspense>
            )}
          </Panel>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Panel title="tablero.dashboard.pending_agreements" query={pending} count={(data) => data.totalCount}>
            {(data) =>
              data.nodes.length ? (
                <List dense disablePadding>
                  {data.nodes.map((a) => (
                    <ListItem key={a.id} disableGutters divider>
                      <ListItemText
                        primary={
                          <Link to={`/agreements/${a.id}/show`}>
                            {a.text.length > 140 ? `${a.text.slice(0, 140)}…` : a.text}
                          </Link>
                        }
                        secondary={
                          <Box
                            component="span"
                            sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}
                          >
                            <StatusChip kind="AgreementStatus" value={a.status} />
                            <span>
                              {a.session
                                ? translate('tablero.session.title', {
                                    type: enumLabel('SessionType', a.session.type),
                                    number: a.session.number,
                                  })
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
              )
            }
          </Panel>
        </Grid>
      </Grid>
    </Box>
  );
}
