import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useFormContext, useFormState, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import {
  Create,
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
  useTranslate,
  type RedirectionSideEffect,
  type ValidateForm,
} from 'react-admin';
import { apiErrorOf, type ApiErrorBody } from '../providers/graphql';
import { limitedFields } from '../providers/permissions';
import { RecordMeta } from './fields';
import { RECORD_META, recordQuery } from '../providers/recordQuery';

/** The last write error of a form, so it can say what happened and keep what was typed. */
interface WriteError {
  code: ApiErrorBody['code'];
  currentVersion?: number;
}
const WriteErrorContext = createContext<{ error: WriteError | null; clear(): void }>({
  error: null,
  clear: () => undefined,
});

function useWriteErrorState() {
  const [error, setError] = useState<WriteError | null>(null);
  const notify = useNotify();
  const onError = (raw: unknown) => {
    const body = apiErrorOf(raw);
    const code = body?.code ?? 'INTERNAL_SERVER_ERROR';
    setError({ code, currentVersion: body?.currentVersion });
    // Field errors are shown under the inputs (and in the summary); the rest also as a notification.
    if (!body?.errors) notify(`tablero.errors.${code}`, { type: 'error' });
  };
  return { error, setError, onError };
}

/**
 * What went wrong with the last save, in words, above the form. The typed values stay: on a
 * conflict the user can save them over the current version, or look at it (discarding them).
 */
function WriteErrorBanner() {
  const { error, clear } = useContext(WriteErrorContext);
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const refresh = useRefresh();
  const ref = useRef<HTMLDivElement>(null);
  // Bring the explanation into view and to the screen reader's attention.
  useEffect(() => {
    if (error && error.code !== 'BAD_USER_INPUT') {
      ref.current?.scrollIntoView({ block: 'center' });
      ref.current?.focus();
    }
  }, [error]);
  if (!error || error.code === 'BAD_USER_INPUT') return null;
  if (error.code === 'CONFLICT') {
    const current = error.currentVersion;
    return (
      <Alert severity="warning" role="alert" ref={ref} tabIndex={-1} sx={{ mb: 2, width: '100%' }}>
        <AlertTitle>{translate('tablero.write.conflict_title')}</AlertTitle>
        {translate('tablero.write.conflict_body', { current })}
        <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>
          {current != null ? (
            <Button
              variant="contained"
              size="small"
              onClick={() => {
                setValue('version', current, { shouldDirty: true });
                clear();
              }}
            >
              {translate('tablero.write.overwrite', { current })}
            </Button>
          ) : null}
          <Button
            size="small"
            onClick={() => {
              clear();
              refresh();
            }}
          >
            {translate('tablero.write.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (error.code === 'FORBIDDEN') {
    return (
      <Alert severity="error" role="alert" ref={ref} tabIndex={-1} sx={{ mb: 2, width: '100%' }}>
        <AlertTitle>{translate('tablero.write.forbidden_title')}</AlertTitle>
        {translate('tablero.write.forbidden_body')}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert" ref={ref} tabIndex={-1} sx={{ mb: 2, width: '100%' }}>
      {translate(`tablero.errors.${error.code}`)}
    </Alert>
  );
}

/** The `@@react-admin@@` wrapper react-admin puts around an input validator's message. */
const RA_ERROR = '@@react-admin@@';

/** An error message as react-admin keeps it (key, key with args, or wrapped), in words. */
export function errorText(raw: unknown, translate: (key: string, args?: Record<string, unknown>) => string): string {
  let error = raw;
  if (typeof error === 'string' && error.startsWith(RA_ERROR)) error = JSON.parse(error.slice(RA_ERROR.length));
  if (typeof error === 'string') return translate(error, { _: error });
  if (error && typeof error === 'object' && 'message' in error) {
    const { message, args } = error as { message: string; args?: Record<string, unknown> };
    return translate(message, { _: message, ...args });
  }
  return '';
}

const getPath = (values: unknown, name: string) =>
  name.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], values);
function setPath(target: Record<string, unknown>, name: string, value: unknown) {
  const keys = name.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

/**
 * Checks the inputs' own validators and the form's cross-field rules together. react-admin turns a
 * form-level `validate` into a react-hook-form resolver, and with a resolver react-hook-form skips
 * every input's validators: so the forms with cross-field rules checked nothing else in the browser.
 * This resolver runs the validators each input registered, then the rules on the fields still clean.
 */
function inputsAndRules(rules: ValidateForm | undefined): Resolver<FieldValues> {
  return async (values, _context, options) => {
    const errors: Record<string, unknown> = {};
    const failed = new Set<string>();
    for (const name of options.names ?? []) {
      const validate = (getPath(options.fields, name) as { validate?: unknown } | undefined)?.validate;
      if (typeof validate !== 'function') continue;
      const result = await validate(getPath(values, name), values);
      if (typeof result === 'string' && result) {
        setPath(errors, name, { type: 'validate', message: result });
        failed.add(name);
      }
    }
    const ruleErrors = rules ? (((await rules(values)) as Record<string, unknown> | undefined) ?? {}) : {};
    for (const [name, message] of Object.entries(ruleErrors)) {
      if (!message || failed.has(name)) continue;
      setPath(errors, name, {
        type: 'rule',
        message: `${RA_ERROR}${JSON.stringify(typeof message === 'string' ? { message } : message)}`,
      });
      failed.add(name);
    }
    return failed.size ? { values: {}, errors: errors as FieldErrors<FieldValues> } : { values, errors: {} };
  };
}

/** After a failed submit, the fields at fault, each a link to its input (WCAG 3.3.1). */
function ErrorSummary() {
  const { errors, isSubmitted } = useFormState();
  const translate = useTranslate();
  const resource = useResourceContext();
  const names = Object.keys(errors).filter((name) => name !== 'root');
  if (!isSubmitted || names.length === 0) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2, width: '100%' }}>
      <AlertTitle>{translate('tablero.write.error_summary', { smart_count: names.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {names.map((name) => {
          const text = errorText((errors[name] as { message?: unknown } | undefined)?.message, translate);
          return (
            <li key={name}>
              <a
                href={`#${resource}-${name}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`${resource}-${name}`)?.focus();
                }}
              >
                {translate(`resources.${resource}.fields.${name}`)}
              </a>
              {text ? `: ${text}` : ''}
            </li>
          );
        })}
      </Box>
    </Alert>
  );
}

function FormToolbar({ deletable }: { deletable: boolean }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ action: 'delete', resource, record });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {deletable && record && canAccess ? <DeleteWithConfirmButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
}

/**
 * The form every resource uses for create and edit: the write error banner and the error
 * summary above the inputs, the record's version and last change below, and a Save (and, where
 * the account may, Delete) toolbar.
 */
export function RecordForm({
  children,
  validate,
  deletable = true,
}: {
  children: ReactNode;
  validate?: ValidateForm;
  deletable?: boolean;
}) {
  // One resolver for the form's life, reading the latest rules (inline functions over translated labels).
  const rulesRef = useRef(validate);
  rulesRef.current = validate;
  const [resolver] = useState(() => inputsAndRules((values) => rulesRef.current?.(values) ?? {}));
  return (
    <SimpleForm
      resolver={resolver}
      defaultValues={{ publication: 'DRAFT' }}
      toolbar={<FormToolbar deletable={deletable} />}
      warnWhenUnsavedChanges
      sx={{ maxWidth: 900 }}
    >
      <WriteErrorBanner />
      <ErrorSummary />
      <LimitedNotice />
      {children}
      <RecordMeta />
    </SimpleForm>
  );
}

/** An agency named in an agreement follows it up; the form says so (the other inputs are read-only). */
function LimitedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const limited = limitedFields(record);
  return limited ? (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      {translate('tablero.write.limited')}
    </Alert>
  ) : null;
}

/** Whether the form's account may change only some fields of this record (agency follow-up). */
export function useLimitedFields(): string[] | null {
  return limitedFields(useRecordContext());
}

/** Where to go after a save: `after(record)` (e.g. back to the commitment page), else the record's page. */
type After = (record: never) => string | undefined;
const redirectAfter =
  (after: After | undefined): RedirectionSideEffect =>
  (resource, id, data) =>
    (after && data ? after(data as never) : undefined) ?? `/${resource}/${id}/show`;

/** Edit, pessimistic (nothing changes on screen until the server accepts), keeping typed values on any error. */
export function RecordEdit({ children, after }: { children: ReactNode; after?: After }) {
  const state = useWriteErrorState();
  return (
    <WriteErrorContext.Provider value={{ error: state.error, clear: () => state.setError(null) }}>
      <Edit
        mutationMode="pessimistic"
        queryOptions={recordQuery}
        mutationOptions={{ meta: RECORD_META, onError: state.onError }}
        redirect={redirectAfter(after)}
      >
        <EditGuard>{children}</EditGuard>
      </Edit>
    </WriteErrorContext.Provider>
  );
}

/** The edit form only where the account may edit this very record; otherwise say so. */
function EditGuard({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: 'edit', resource, record });
  if (!record || isPending) return null;
  if (!canAccess) {
    return (
      <Alert severity="info" role="status" sx={{ m: 2 }}>
        {translate('tablero.write.read_only')}
      </Alert>
    );
  }
  return <>{children}</>;
}

/** Create, with defaults from the URL (?source={"commitmentId":…}) as react-admin does, and the same error handling. */
export function RecordCreate({ children, after }: { children: ReactNode; after?: After }) {
  const state = useWriteErrorState();
  return (
    <WriteErrorContext.Provider value={{ error: state.error, clear: () => state.setError(null) }}>
      <Create mutationOptions={{ onError: state.onError }} redirect={redirectAfter(after)}>
        {children}
      </Create>
    </WriteErrorContext.Provider>
  );
}
