import TrashIcon from '@mui/icons-material/RestoreFromTrash';
import { Box, Button, Typography, useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import {
  CreateButton,
  DataTable,
  ExportButton,
  FilterButton,
  Link,
  List,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useResourceContext,
  useTranslate,
  type Exporter,
  type SortPayload,
} from 'react-admin';
import { kindOf } from '../registry';
import { trashKindOf } from '../trash/restorable';
import { EnumInput } from './inputs';
import { PublishSelectedButton } from './PublishSelected';

/** Resources whose records are drafts or published (the others are reference catalogues and accounts). */
const hasPublication = (resource: string) => !!kindOf(resource);

/** What an empty list says: nothing here yet, and what to do next (create, or restore, where the account may). */
export function EmptyList() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  return (
    <Box sx={{ p: 4, textAlign: 'center' }} role="status">
      <Typography variant="h6" component="p" gutterBottom>
        {translate('ra.page.empty', {
          name: translate(`resources.${resource}.name`, { smart_count: 2 }).toLowerCase(),
        })}
      </Typography>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate(`resources.${resource}.empty`)}
      </Typography>
      {canAccess ? <CreateButton variant="contained" /> : null}
      <TrashButton />
    </Box>
  );
}

/** The wastebasket showing the list's kind of record, for an account that may restore them. */
function TrashButton() {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'restore', resource: 'trash' });
  const kind = trashKindOf(resource);
  if (!canAccess || !kind) return null;
  return (
    <Button
      component={Link}
      to={{ pathname: '/trash', search: `?kind=${kind}` }}
      size="small"
      startIcon={<TrashIcon />}
    >
      {translate('tablero.menu.trash')}
    </Button>
  );
}

function Actions({ hasFilters, createable }: { hasFilters: boolean; createable: boolean }) {
  return (
    <TopToolbar>
      {hasFilters ? <FilterButton /> : null}
      {createable ? <CreateButton /> : null}
      <ExportButton maxResults={5000} />
      <TrashButton />
    </TopToolbar>
  );
}

/**
 * A list paged on the server (25 a page), with its filters, CSV export, Create where the account
 * may, the wastebasket of its kind where the account may restore, and an empty state that says what to do next. On a phone its table gives way to one line
 * per record (the record's name, as the resource represents it), each opening the record.
 */
export function ResourceList({
  children,
  filters,
  sort,
  exporter,
  filterDefaultValues,
  filter,
  createable = true,
  title,
}: {
  children: ReactNode;
  filters?: ReactElement[];
  sort?: SortPayload;
  exporter: Exporter;
  filterDefaultValues?: Record<string, unknown>;
  filter?: Record<string, unknown>;
  createable?: boolean;
  title?: string;
}) {
  const resource = useResourceContext() ?? '';
  const { canAccess } = useCanAccess({ action: 'create', resource });
  const allFilters = hasPublication(resource)
    ? [...(filters ?? []), <EnumInput key="publication" source="publication" kind="Publication" />]
    : filters;
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      filters={allFilters}
      sort={sort}
      exporter={exporter}
      perPage={25}
      filterDefaultValues={filterDefaultValues}
      filter={filter}
      empty={<EmptyList />}
      actions={<Actions hasFilters={!!allFilters?.length} createable={createable && !!canAccess} />}
      title={title}
      storeKey={false}
    >
      {phone ? <SimpleList rowClick="show" /> : children}
    </List>
  );
}

/**
 * A list's table: a row opens its record; where the account may change records of the kind, drafts
 * can be selected and published together (the API decides each).
 */
export function RecordTable({ children }: { children: ReactNode }) {
  const resource = useResourceContext() ?? '';
  const { canAccess } = useCanAccess({ action: 'edit', resource });
  const publishable = hasPublication(resource) && !!canAccess;
  return (
    <DataTable rowClick="show" bulkActionButtons={publishable ? <PublishSelectedButton /> : false}>
      {children}
    </DataTable>
  );
}
