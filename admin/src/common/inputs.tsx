import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  TextInput,
  required as requiredValidator,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import esMX from '../i18n/es-MX';
import type { EnumMessages } from '../i18n/shape';
import { fromDayFirst, partialDate, sourceNote } from './validation';

/** Every value of an API enum, labelled by its translation (the catalogue lists them all). */
export function enumChoices<E extends keyof EnumMessages>(kind: E, only?: readonly string[]) {
  return Object.keys(esMX.enums[kind])
    .filter((id) => !only || only.includes(id))
    .map((id) => ({ id, name: `enums.${kind}.${id}` }));
}

interface Common {
  source: string;
  validate?: Validator | Validator[];
  required?: boolean;
  helperText?: string | false;
  disabled?: boolean;
  readOnly?: boolean;
  fullWidth?: boolean;
  alwaysOn?: boolean;
  label?: string;
}

const validators = (validate: Validator | Validator[] | undefined, required?: boolean) => [
  ...(required ? [requiredValidator()] : []),
  ...(Array.isArray(validate) ? validate : validate ? [validate] : []),
];

/** A date at the precision known: 2017, 2017-02 or 2017-02-15 (never a day that was not given). */
export function PartialDateInput({ source, validate, required, helperText, ...rest }: Common) {
  return (
    <TextInput
      source={source}
      validate={[...validators(validate, required), partialDate]}
      parse={fromDayFirst}
      helperText={helperText ?? 'tablero.common.partial_date_help'}
      placeholder="15/02/2017"
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
      {...rest}
    />
  );
}

export function EnumInput<E extends keyof EnumMessages>({
  kind,
  only,
  source,
  validate,
  required,
  ...rest
}: Common & { kind: E; only?: readonly string[] }) {
  return (
    <SelectInput
      source={source}
      choices={enumChoices(kind, only)}
      validate={validators(validate, required)}
      emptyText="tablero.common.none"
      {...rest}
    />
  );
}

export function EnumArrayInput<E extends keyof EnumMessages>({
  kind,
  only,
  source,
  ...rest
}: Common & { kind: E; only?: readonly string[] }) {
  return <SelectArrayInput source={source} choices={enumChoices(kind, only)} {...rest} />;
}

/** DRAFT or PUBLISHED: a new record is a draft until published, and the input says what a draft means while it is one. */
export function PublicationInput() {
  const publication = useWatch({ name: 'publication' });
  return (
    <EnumInput
      source="publication"
      kind="Publication"
      required
      helperText={publication === 'DRAFT' ? 'tablero.publish.draft_helper' : false}
    />
  );
}

/** A reference picked by typing part of its name (server-side search where the API has one). */
export function RefInput({
  source,
  reference,
  optionText = 'name',
  searchable = true,
  filter,
  validate,
  required,
  sort,
  ...rest
}: Common & {
  reference: string;
  optionText?: string | ((record: Record<string, unknown>) => string);
  searchable?: boolean;
  filter?: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  defaultValue?: string;
}) {
  return (
    <ReferenceInput source={source} reference={reference} filter={filter} perPage={100} sort={sort}>
      <AutocompleteInput
        optionText={optionText}
        validate={validators(validate, required)}
        filterToQuery={searchable ? (q: string) => ({ q }) : () => ({})}
        {...rest}
      />
    </ReferenceInput>
  );
}

export function RefArrayInput({
  source,
  reference,
  optionText = 'name',
  searchable = true,
  filter,
  ...rest
}: Common & {
  reference: string;
  optionText?: string | ((record: Record<string, unknown>) => string);
  searchable?: boolean;
  filter?: Record<string, unknown>;
}) {
  return (
    <ReferenceArrayInput source={source} reference={reference} filter={filter} perPage={100}>
      <AutocompleteArrayInput
        optionText={optionText}
        filterToQuery={searchable ? (q: string) => ({ q }) : () => ({})}
        {...rest}
      />
    </ReferenceArrayInput>
  );
}

/** Where the record comes from: a source document and the section or sentence in it. */
export function SourceInputs() {
  return (
    <>
      <RefInput source="sourceDocumentId" reference="sourceDocuments" optionText="title" />
      <TextInput source="sourceNote" multiline fullWidth validate={sourceNote} />
    </>
  );
}
