import { Table, TableCell, TableContainer, TableHead, TableRow, type TableProps } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A column of ColumnHeads: its label's message key, or that with its alignment (numbers go right). */
type Column = string | { label: string; align: 'right' };

/**
 * The header row of a table: a `th scope="col"` per column, labelled by its message key; with
 * `edit`, a last column for the rows' edit buttons, named for screen readers only.
 */
export function ColumnHeads({ columns, edit = false }: { columns: Column[]; edit?: boolean }) {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {columns.map((column) => {
          const { label, align } = typeof column === 'string' ? { label: column, align: undefined } : column;
          return (
            <TableCell key={label} component="th" scope="col" align={align}>
              {translate(label)}
            </TableCell>
          );
        })}
        {edit ? (
          <TableCell component="th" scope="col">
            <span hidden>{translate('ra.action.edit')}</span>
          </TableCell>
        ) : null}
      </TableRow>
    </TableHead>
  );
}

/**
 * A small table of a record's page that scrolls sideways within itself when the screen is
 * narrower than its columns (a phone), instead of widening the page.
 */
export function WideTable(props: TableProps) {
  return (
    <TableContainer>
      <Table size="small" {...props} />
    </TableContainer>
  );
}
