import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { EditButton, Show, TabbedShowLayout, TopToolbar, useRecordContext } from 'react-admin';
import { PublicationField, RecordMeta, SourceField } from './fields';
import { HistoryPanel } from './HistoryPanel';
import { recordQuery } from '../providers/recordQuery';

function HistoryTab() {
  const record = useRecordContext();
  return record ? <HistoryPanel record={record} /> : null;
}

/**
 * A record's page: its fields (each labelled resources.<name>.fields.<field>), its publication
 * and source, Edit where the account may, and its history in a second tab.
 */
export function RecordShow({
  children,
  actions,
  sourced = true,
}: {
  children: ReactNode;
  actions?: ReactNode;
  sourced?: boolean;
}) {
  return (
    <Show
      queryOptions={recordQuery}
      actions={
        <TopToolbar>
          {actions}
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="tablero.common.details">
          {children}
          {sourced ? <PublicationField source="publication" /> : null}
          {sourced ? <SourceField source="source" /> : null}
          <RecordMeta />
        </TabbedShowLayout.Tab>
        {sourced ? (
          <TabbedShowLayout.Tab label="tablero.commitment.history" path="history">
            <HistoryTab />
          </TabbedShowLayout.Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
}

/** A paragraph of free text, kept as written. */
export function Paragraph({ source }: { source: string; label?: string }) {
  const record = useRecordContext<Record<string, unknown>>();
  const value = record?.[source];
  return typeof value === 'string' && value ? (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
      {value}
    </Typography>
  ) : null;
}
