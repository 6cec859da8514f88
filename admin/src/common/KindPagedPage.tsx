import { Alert, Box, Button, Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { RESTORABLE } from '../trash/restorable';

export const PER_PAGE = 25;

/**
 * A page over records of every kind, read a page at a time (the activity log, the wastebasket):
 * its title, what it says to an account that may not use it, an introduction, a filter by kind
 * (`kindLabel` names each) and the pager around `children`.
 */
export function KindPagedPage({
  title,
  notAllowed,
  intro,
  allowed,
  entity,
  onEntity,
  kindLabel,
  page,
  onPage,
  total,
  children,
}: {
  title: string;
  notAllowed: string;
  intro: string;
  allowed: boolean;
  entity: string;
  onEntity(entity: string): void;
  kindLabel(kind: string): string;
  page: number;
  onPage(page: number): void;
  total: number;
  children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }}>
      <Title title={title} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {title}
          </Typography>
          {!allowed ? (
            <Alert severity="info">{notAllowed}</Alert>
          ) : (
            <>
              <Typography variant="body2" color="text.secondary" gutterBottom>
                {intro}
              </Typography>
              <TextField
                select
                size="small"
                label={translate('tablero.trash.kind')}
                value={entity}
                onChange={(event) => {
                  onEntity(event.target.value);
                  onPage(1);
                }}
                sx={{ minWidth: 260, my: 2 }}
              >
                <MenuItem value="">{translate('tablero.trash.all_kinds')}</MenuItem>
                {Object.keys(RESTORABLE)
                  .map((kind) => ({ kind, label: kindLabel(kind) }))
                  .sort((a, b) => a.label.localeCompare(b.label))
                  .map(({ kind, label }) => (
                    <MenuItem key={kind} value={kind}>
                      {label}
                    </MenuItem>
                  ))}
              </TextField>
              {children}
              {total > PER_PAGE ? (
                <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
                  <Button disabled={page === 1} onClick={() => onPage(page - 1)}>
                    {translate('ra.navigation.previous')}
                  </Button>
                  <Typography variant="body2">
                    {translate('ra.navigation.page_range_info', {
                      offsetBegin: (page - 1) * PER_PAGE + 1,
                      offsetEnd: Math.min(page * PER_PAGE, total),
                      total,
                    })}
                  </Typography>
                  <Button disabled={page * PER_PAGE >= total} onClick={() => onPage(page + 1)}>
                    {translate('ra.navigation.next')}
                  </Button>
                </Stack>
              ) : null}
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
