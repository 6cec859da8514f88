import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, Stack, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import {
  EditButton,
  Link,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnumField, PartialDateField, StatusChip, useFormatters } from '../common/fields';
import { ColumnHeads, WideTable } from '../common/ColumnHeads';
import { HistoryPanel } from '../common/HistoryPanel';
import { Paragraph } from '../common/ShowPage';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';
import { recordQuery } from '../providers/recordQuery';
import type { RecordWithAbilities } from '../providers/permissions';

type Detail = G.SessionDetailQuery['session'];
type Agreement = Detail['agreements'][number];
type Attendee = Detail['attendance'][number];

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

function EditAgreement({ agreement }: { agreement: Agreement }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'agreements', record: agreement });
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to={`/agreements/${agreement.id}`}
      size="small"
      startIcon={<EditIcon />}
      aria-label={`${translate('ra.action.edit')}: ${translate('resources.agreements.name', { smart_count: 1 })} ${agreement.position}`}
    >
      {translate('ra.action.edit')}
    </Button>
  );
}

function AddAgreement({ sessionId, next, under }: { sessionId: string; next: number; under: RecordWithAbilities }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'agreements', record: under });
  if (!canAccess) return null;
  return (
    <Button
      component={Link}
      to={{
        pathname: '/agreements/create',
        search: `?source=${encodeURIComponent(JSON.stringify({ sessionId, position: next, status: 'PENDING' }))}`,
      }}
      startIcon={<AddIcon />}
      variant="contained"
      size="small"
    >
      {translate('ra.action.create')}
    </Button>
  );
}

/** An attendee as the source names them: the seat, the organisation, the person, the group. */
const attendeeText = (a: Attendee) =>
  [
    a.post?.label,
    a.organization ? a.organization.abbreviation || a.organization.name : null,
    a.person?.name,
    a.description,
  ]
    .filter(Boolean)
    .join(' · ');

function AttendanceSection({
  sessionId,
  detail,
  under,
}: {
  sessionId: string;
  detail: Detail;
  under: RecordWithAbilities;
}) {
  const translate = useTranslate();
  const { enumLabel } = useFormatters();
  const { canAccess: canAdd } = useCanAccess({ action: 'create', resource: 'sessionAttendance', record: under });
  // Each row says whether the account may change it (viewerCan); the column shows when some row may be.
  const canEdit = detail.attendance.some((a) => a.viewerCan.update);
  const add = canAdd ? (
    <Button
      component={Link}
      to={{
        pathname: '/sessionAttendance/create',
        search: `?source=${encodeURIComponent(JSON.stringify({ sessionId }))}`,
      }}
      startIcon={<AddIcon />}
      variant="contained"
      size="small"
    >
      {translate('ra.action.create')}
    </Button>
  ) : null;
  return (
    <Section title="tablero.session.attendance" actions={add}>
      {detail.attendance.length ? (
        <WideTable aria-label={translate('tablero.session.attendance')}>
          <ColumnHeads
            columns={['tablero.session.attendee', 'resources.sessionAttendance.fields.publication']}
            edit={canEdit}
          />
          <TableBody>
            {detail.attendance.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{attendeeText(a)}</TableCell>
                <TableCell>{enumLabel('Publication', a.publication)}</TableCell>
                {canEdit ? (
                  <TableCell>
                    {a.viewerCan.update ? (
                      <Button
                        component={Link}
                        to={`/sessionAttendance/${a.id}`}
                        size="small"
                        startIcon={<EditIcon />}
                        aria-label={`${translate('ra.action.edit')}: ${attendeeText(a)}`}
                      >
                        {translate('ra.action.edit')}
                      </Button>
                    ) : null}
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </WideTable>
      ) : (
        <Typography variant="body2">{translate('tablero.session.no_attendance')}</Typography>
      )}
    </Section>
  );
}

function SessionPage() {
  const record = useRecordContext<G.SessionRecordFragment>();
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  const { data, isPending, error } = useQuery({
    queryKey: ['sessionDetail', record?.id, record?.version],
    enabled: !!record,
    queryFn: async () => (await request(G.SessionDetailDocument, { id: String(record?.id) })).session,
  });
  if (!record) return null;
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
      <TabbedShowLayout.Tab label="tablero.common.details">
        <EnumField source="type" kind="SessionType" />
        <PartialDateField source="date" />
        <Typography variant="body2" component="span">
          {[record.municipality?.name, record.venue?.name].filter(Boolean).join(' · ')}
        </Typography>
        {record.summary ? <Paragraph source="summary" /> : null}
        {record.convenedBy ? <Paragraph source="convenedBy" /> : null}
        {body((detail) => (
          <Box sx={{ width: '100%' }}>
            <Section
              title="tablero.session.agreements"
              actions={
                <AddAgreement sessionId={String(record.id)} next={detail.agreements.length + 1} under={record} />
              }
            >
              {detail.agreements.length ? (
                <WideTable aria-label={translate('tablero.session.agreements')}>
                  <ColumnHeads
                    columns={[
                      'resources.agreements.fields.position',
                      'resources.agreements.fields.text',
                      'resources.agreements.fields.responsible',
                      'resources.agreements.fields.status',
                    ]}
                    edit
                  />
                  <TableBody>
                    {detail.agreements.map((a) => (
                      <TableRow key={a.id}>
                        <TableCell>{a.position}</TableCell>
                        <TableCell>
                          <Link to={`/agreements/${a.id}/show`}>{a.text}</Link>
                          {a.statusNote ? (
                            <Typography variant="body2" color="text.secondary">
                              {a.statusNote}
                            </Typography>
                          ) : null}
                        </TableCell>
                        <TableCell>{a.responsible.map((o) => o.abbreviation || o.name).join(', ')}</TableCell>
                        <TableCell>
                          <StatusChip kind="AgreementStatus" value={a.status} />
                        </TableCell>
                        <TableCell>
                          <EditAgreement agreement={a} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </WideTable>
              ) : (
                <Typography variant="body2">{translate('tablero.session.no_agreements')}</Typography>
              )}
            </Section>
            <AttendanceSection sessionId={String(record.id)} detail={detail} under={record} />
            <DocumentsPanel parent="sessionId" kind="ACTA" />
            <Section title="tablero.session.seat_holders">
              {detail.seatHolders.length ? (
                <WideTable aria-label={translate('tablero.session.seat_holders')}>
                  <ColumnHeads
                    columns={[
                      'resources.posts.fields.label',
                      'resources.memberships.fields.person',
                      'resources.memberships.fields.onBehalfOf',
                      'resources.memberships.fields.startDate',
                    ]}
                  />
                  <TableBody>
                    {detail.seatHolders.map((m) => (
                      <TableRow key={m.id}>
                        <TableCell>
                          {m.post.label}
                          <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                            {enumLabel('SeatRole', m.post.role)} ·{' '}
                            {translate(
                              m.post.voting == null
                                ? 'tablero.common.unknown'
                                : m.post.voting
                                  ? 'tablero.session.voting'
                                  : 'tablero.session.voice',
                            )}
                          </Typography>
                        </TableCell>
                        <TableCell>
                          {m.person ? (
                            <Link to={`/people/${m.person.id}/show`}>
                              {[m.person.honorificPrefix, m.person.name].filter(Boolean).join(' ')}
                            </Link>
                          ) : (
                            translate('tablero.timeline.body_only')
                          )}
                          {m.title ? (
                            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                              {m.title}
                            </Typography>
                          ) : null}
                        </TableCell>
                        <TableCell>{m.onBehalfOf?.abbreviation || m.onBehalfOf?.name}</TableCell>
                        <TableCell>{date(m.startDate)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </WideTable>
              ) : (
                <Typography variant="body2">{translate('tablero.session.no_holders')}</Typography>
              )}
            </Section>
          </Box>
        ))}
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="tablero.commitment.history" path="history">
        <HistoryPanel record={record} />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
}

/** The session page: its agreements and their follow-up, and who held each seat that day. */
export default function SessionShow() {
  return (
    <Show
      queryOptions={recordQuery}
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <SessionPage />
    </Show>
  );
}
