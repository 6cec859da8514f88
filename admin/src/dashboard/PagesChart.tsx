import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../common/fields';
import { partialDateStart } from '../common/format';

export interface DeliveryPoint {
  deliveredOn: string | null;
  pages: number | null;
  pagesQualifier: string | null;
}

const W = 640;
const H = 220;
const PAD = { left: 64, right: 16, top: 12, bottom: 36 };

/**
 * Pages delivered over time: the running total of pages of dated deliveries, as a step line
 * (a small SVG of our own; no chart library in the bundle). The same figures are said in words
 * under it; "más de" is kept when any delivery's count is a lower bound.
 */
export function PagesChart({ deliveries }: { deliveries: DeliveryPoint[] }) {
  const translate = useTranslate();
  const { number, date, count } = useFormatters();
  const dated = deliveries
    .filter((d): d is DeliveryPoint & { deliveredOn: string; pages: number } => !!d.deliveredOn && d.pages != null)
    .sort((a, b) => partialDateStart(a.deliveredOn) - partialDateStart(b.deliveredOn));
  const undated = deliveries.filter((d) => d.pages != null && !d.deliveredOn).length;
  if (!dated.length) return <Typography variant="body2">{translate('tablero.dashboard.no_deliveries')}</Typography>;
  let total = 0;
  const points = dated.map((d) => ({
    t: partialDateStart(d.deliveredOn),
    total: (total += d.pages),
    on: d.deliveredOn,
  }));
  const moreThan = dated.some((d) => d.pagesQualifier === 'MORE_THAN');
  const [t0, t1] = [points[0].t, points.at(-1)?.t ?? points[0].t];
  const span = Math.max(t1 - t0, 1);
  const x = (t: number) => PAD.left + ((t - t0) / span) * (W - PAD.left - PAD.right);
  const y = (v: number) => H - PAD.bottom - (v / Math.max(total, 1)) * (H - PAD.top - PAD.bottom);
  let path = `M ${x(t0)} ${y(0)}`;
  for (const p of points) path += ` H ${x(p.t)} V ${y(p.total)}`;
  const summary = translate('tablero.dashboard.chart_summary', {
    total: moreThan ? count(total, 'MORE_THAN') : number(total),
    count: number(dated.length),
  });
  const ticks = [0, 0.5, 1].map((f) => Math.round(total * f));
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`${translate('tablero.dashboard.pages_over_time')}. ${summary}`}
        style={{ maxWidth: W, fontSize: 11 }}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#d9d9d9" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fill="#4d4d4d">
              {number(v)}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="#0b5d3b" strokeWidth={2.5} />
        {points.map((p, i) => (
          <circle key={i} cx={x(p.t)} cy={y(p.total)} r={3} fill="#0b5d3b">
            <title>{`${date(p.on)}: ${number(p.total)}`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 10} fill="#4d4d4d">
          {date(points[0].on)}
        </text>
        <text x={W - PAD.right} y={H - 10} textAnchor="end" fill="#4d4d4d">
          {date(points.at(-1)?.on)}
        </text>
      </svg>
      <Typography component="figcaption" variant="body2">
        {summary}
        {undated ? ` ${translate('tablero.dashboard.undated', { smart_count: undated })}` : ''}
      </Typography>
    </figure>
  );
}
