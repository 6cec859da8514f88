import { Alert, Box, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { Link, Title, useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import { ColumnHeads } from '../common/ColumnHeads';
import { partialDateStart, today } from '../common/format';
import * as G from '../generated/graphql';
import { request } from '../providers/graphql';

type Timeline = G.SecretariatTimelineQuery['secretariat'];
type Held = NonNullable<Timeline>['memberships'][number];

/** Who held a seat: the person, or the body when the source names only the body. */
const holderName = (m: Held) => m.person?.name ?? m.onBehalfOf?.abbreviation ?? m.onBehalfOf?.name ?? '?';

const ROW = 36;
const LABEL = 260;
const WIDTH = 1000;

/**
 * The Secretariat's membership timeline: a row per seat, a bar per holder over [start, end),
 * the sessions as vertical marks. Under the chart, the same facts as a table (for screen
 * readers and for copying).
 */
export default function MembershipTimeline() {
  const { id } = useParams();
  const translate = useTranslate();
  const { date, enumLabel } = useFormatters();
  const { data, isPending, error } = useQuery({
    queryKey: ['secretariatTimeline', id],
    queryFn: async () => (await request(G.SecretariatTimelineDocument, { id: String(id) })).secretariat,
  });
  if (isPending) return <Typography role="status">{translate('ra.page.loading')}</Typography>;
  if (error || !data) return <Alert severity="error">{translate('tablero.errors.NOT_FOUND')}</Alert>;
  return <Chart data={data} translate={translate} date={date} seatRole={(r) => enumLabel('SeatRole', r)} />;
}

function Chart({
  data,
  translate,
  date,
  seatRole,
}: {
  data: Timeline;
  translate: (key: string, args?: Record<string, unknown>) => string;
  date: (v: string | null | undefined) => string;
  seatRole: (r: string) => string;
}) {
  const dates = [
    ...data.memberships.flatMap((m) => [m.startDate, m.endDate]),
    ...data.sessions.map((s) => s.date),
    data.installedOn,
  ].filter((d): d is string => !!d);
  const start = Math.min(...dates.map(partialDateStart));
  const end = Math.max(...dates.map(partialDateStart), partialDateStart(data.sessions.at(-1)?.date ?? today()));
  const span = Math.max(end - start, 1);
  const x = (value: string) => LABEL + ((partialDateStart(value) - start) / span) * (WIDTH - LABEL - 10);
  const posts = data.posts;
  const height = posts.length * ROW + 40;
  const years: number[] = [];
  for (let y = new Date(start).getUTCFullYear() + 1; y <= new Date(end).getUTCFullYear(); y += 1) years.push(y);
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate('tablero.timeline.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('tablero.timeline.title')}: {data.name}
      </Typography>
      <Typography variant="body2" gutterBottom>
        {translate('tablero.timeline.intro')}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <svg
          width={WIDTH}
          height={height}
          role="img"
          aria-labelledby="timeline-title"
          style={{ fontFamily: 'inherit', fontSize: 12 }}
        >
          <title id="timeline-title">{translate('tablero.timeline.title')}</title>
          {years.map((y) => (
            <g key={y}>
              <line x1={x(String(y))} x2={x(String(y))} y1={0} y2={height - 20} stroke="#c0c0c0" />
              <text x={x(String(y)) + 2} y={height - 6} fill="#4d4d4d">
                {y}
              </text>
            </g>
          ))}
          {data.sessions.map((s) => (
            <line
              key={s.id}
              x1={x(s.date)}
              x2={x(s.date)}
              y1={0}
              y2={height - 20}
              stroke="#611232"
              strokeDasharray="3 3"
            >
              <title>{`${s.type === 'ORDINARY' ? 'O' : 'E'}${s.number} · ${date(s.date)}`}</title>
            </line>
          ))}
          {posts.map((post, row) => (
            <g key={post.id} transform={`translate(0, ${row * ROW + 4})`}>
              <text x={4} y={ROW / 2} fill="#1a1a1a">
                {post.label.length > 38 ? `${post.label.slice(0, 37)}…` : post.label}
              </text>
              {data.memberships
                .filter((m) => m.post.id === post.id)
                .map((m) => {
                  const from = x(m.startDate ?? data.installedOn ?? dates[0]);
                  const to = x(m.endDate ?? data.sessions.at(-1)?.date ?? today());
                  return (
                    <g key={m.id}>
                      <rect
                        x={from}
                        y={6}
                        width={Math.max(to - from, 3)}
                        height={ROW - 14}
                        rx={3}
                        fill="#0b5d3b"
                        fillOpacity={m.startDate ? 1 : 0.5}
                      />
                      <text x={from + 4} y={ROW / 2 + 1} fill="#ffffff" style={{ pointerEvents: 'none' }}>
                        {to - from > 90 ? holderName(m) : ''}
                      </text>
                      <title>{`${holderName(m)} · ${translate('tablero.timeline.period', { start: date(m.startDate) || '?', end: m.endDate ? date(m.endDate) : translate('tablero.timeline.until_now') })}`}</title>
                    </g>
                  );
                })}
            </g>
          ))}
        </svg>
      </Box>
      <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
        {translate('tablero.timeline.table')}
      </Typography>
      <Table size="small">
        <ColumnHeads
          columns={[
            'resources.posts.fields.label',
            'resources.posts.fields.role',
            'resources.memberships.fields.person',
            'resources.memberships.fields.onBehalfOf',
            'resources.memberships.fields.startDate',
            'resources.memberships.fields.endDate',
          ]}
        />
        <TableBody>
          {posts.flatMap((post) => {
            const held = data.memberships.filter((m) => m.post.id === post.id);
            if (!held.length) {
              return [
                <TableRow key={post.id}>
                  <TableCell>{post.label}</TableCell>
                  <TableCell>{seatRole(post.role)}</TableCell>
                  <TableCell colSpan={4}>{translate('tablero.timeline.vacant')}</TableCell>
                </TableRow>,
              ];
            }
            return held.map((m) => (
              <TableRow key={m.id}>
                <TableCell>{post.label}</TableCell>
                <TableCell>{seatRole(post.role)}</TableCell>
                <TableCell>
                  <Link to={`/memberships/${m.id}/show`}>
                    {m.person
                      ? [m.person.honorificPrefix, m.person.name].filter(Boolean).join(' ')
                      : translate('tablero.timeline.body_only')}
                  </Link>
                </TableCell>
                <TableCell>{m.onBehalfOf?.abbreviation || m.onBehalfOf?.name}</TableCell>
                <TableCell>{date(m.startDate) || translate('tablero.common.unknown')}</TableCell>
                <TableCell>{m.endDate ? date(m.endDate) : translate('tablero.timeline.until_now')}</TableCell>
              </TableRow>
            ));
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
