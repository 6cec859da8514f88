import { Stack, Typography } from '@mui/material';
import type { MouseEvent as ReactMouseEvent } from 'react';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { at, Unknown, useFormatters } from '../common/fields';
import type { ProgressUnknownReason } from '../generated/graphql';

type AnyRecord = Record<string, unknown>;

export interface Progress {
  percent: number | null;
  unknownReason: ProgressUnknownReason | null;
  milestonesDone: number;
  milestonesTotal: number;
  /** Counted milestones whose reported status civil society disputes (absent where not asked for). */
  milestonesDisputed?: number;
}

/** Where staff see a commitment's progress as the public does: the embeddable widget, live, on the embed page. */
export const publicViewPath = (commitmentId: string) =>
  `/embed?widget=ta-commitment-progress&target=commitment&id=${encodeURIComponent(commitmentId)}`;

function PublicViewLink({ commitmentId, name }: { commitmentId: string; name: string }) {
  const translate = useTranslate();
  return (
    <Link
      to={publicViewPath(commitmentId)}
      onClick={(e: ReactMouseEvent) => e.stopPropagation()}
      aria-label={translate('tablero.progress.public_view_of', { name })}
      sx={{ whiteSpace: 'nowrap', typography: 'body2' }}
    >
      {translate('tablero.progress.public_view')}
    </Link>
  );
}

/**
 * A commitment's progress with its disputed milestones; with `commitmentId`, a link to what the
 * public sees of it (the widget), where civil society's disputes show as they do here.
 */
export function ProgressView({
  progress,
  name,
  commitmentId,
}: {
  progress: Progress | null | undefined;
  name: string;
  commitmentId?: string;
}) {
  const translate = useTranslate();
  const { percent, enumLabel } = useFormatters();
  if (!progress) return <Unknown />;
  if (progress.percent == null) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {translate('tablero.progress.unknown', {
            reason: enumLabel('ProgressUnknownReason', progress.unknownReason),
          })}
        </Typography>
        {commitmentId ? <PublicViewLink commitmentId={commitmentId} name={name} /> : null}
      </Stack>
    );
  }
  const measured = translate('tablero.progress.measured', {
    percent: percent(progress.percent),
    done: progress.milestonesDone,
    total: progress.milestonesTotal,
  });
  // Civil society's disputes travel with the figure, as the public sees them.
  const text = progress.milestonesDisputed
    ? `${measured} · ${translate('tablero.progress.disputed', { smart_count: progress.milestonesDisputed })}`
    : measured;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 160 }}>
      <div
        role="progressbar"
        aria-label={name}
        aria-valuenow={progress.percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
        style={{ flex: '0 0 80px', height: 8, background: '#c9d3dd', borderRadius: 4, overflow: 'hidden' }}
      >
        <div style={{ width: `${progress.percent}%`, height: '100%', background: '#0b5d3b' }} />
      </div>
      <Typography component="span" variant="body2">
        {text}
      </Typography>
      {commitmentId ? <PublicViewLink commitmentId={commitmentId} name={name} /> : null}
    </Stack>
  );
}

export function ProgressField({ source = 'progress' }: { source?: string; label?: string }) {
  const record = useRecordContext<AnyRecord>();
  const title = String(at(record, 'title') ?? '');
  return (
    <ProgressView
      progress={at(record, source) as Progress | null}
      name={title}
      commitmentId={record?.id == null ? undefined : String(record.id)}
    />
  );
}
