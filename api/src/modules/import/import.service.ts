import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { createContext, type Context } from '../../common/context';
import { DomainError } from '../../common/errors';
import { Publication } from '../../common/publication';
import { publicCondition } from '../../common/public-reach';
import { kindOfTable } from '../../common/record-kind';
import type { LinkSet } from '../../common/record-writer';
import { newRequestScope } from '../../db/sql-counter';
import { ExerciseWriteResolver } from '../exercise/exercise.write';
import { PersonWriteResolver } from '../organization/organization.write';
import { RegionWriteResolver, VenueWriteResolver } from '../place/place.write';
import { ActionPlanWriteResolver } from '../plan/plan.write';
import { SecretariatWriteResolver } from '../secretariat/secretariat.write';
import { servedSourceOf } from '../source/source-address';
import { documentMaxBytes } from '../../config';
import { contentInfo, storeStream, UploadRefused } from '../document/document.storage';
import { documentFilePath } from '../opendata/resources';
import { SourceDocument } from '../source/source-document.entity';
import { AuditAction, AuditBatch, writeAudit } from '../../common/audit-trail';
import { IMPORT_KINDS, type AnyWritePath, type ImportKind, type References } from './import.kinds';
import { importMessages, writeRefusal, type ImportMessages, type ReportLanguage } from './import.messages';
import type { PackageFiles, StreamedFile } from './package-files';
import { readPackage, type ImportProblem, type PackageRow, type ReadPackage } from './package-rows';
import { StaffRole, type Viewer } from '../../common/viewer';

export interface ImportOptions {
  /** The exercise to import into (created when absent); the package's `name` when not given. */
  exerciseSlug?: string;
  /** ISO 3166-2 code of the exercise's state, for a new exercise whose package does not tell (no municipality keys). */
  stateCode?: string;
  /** Do everything, report, and write nothing. */
  dryRun?: boolean;
  language?: ReportLanguage;
  /** Told after each row: how many rows are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** One record the import creates or changes (changed: the fields that differ). */
export interface ImportChange {
  kind: string;
  id: string;
  action: 'create' | 'update';
  fields: string[];
  file: string | null;
  row: number | null;
}

export interface ImportReport {
  exerciseSlug: string | null;
  /** Every write's audit row carries it (`audit_event.request_id`), marking it as this import's. */
  importId: string;
  dryRun: boolean;
  /** Whether anything was written: false on a dry run and whenever there is any problem. */
  written: boolean;
  changes: ImportChange[];
  /** Records the package holds that are already as it says, by kind. */
  unchanged: Record<string, number>;
  problems: ImportProblem[];
  /** Files of the package this import does not read. */
  skipped: string[];
}

/** Thrown inside the transaction to roll it back (a dry run, or problems). */
class RollBack extends Error {}

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The import's audit trail: `import:<uuid>` in audit_event.request_id, beside the account that ran it. */
export const importRequestId = () => `import:${randomUUID()}`;

/**
 * Imports a data package (the one `/data/exercises/<slug>/datapackage.zip` produces) into an
 * exercise, as `viewer`: every record goes through its kind's write path (the API's validation,
 * scope and honesty rules, audit), in one transaction that commits only when nothing was refused
 * and this is not a dry run. Records are matched by id, else by natural key (a commitment by plan
 * and number, a session by type and number...); a matched record is updated in the fields that
 * differ and left alone when none does.
 */
export function importPackage(
  dataSource: DataSource,
  viewer: Viewer,
  files: PackageFiles,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importRows(dataSource, viewer, readPackage(files, importMessages(options.language ?? 'es')), options);
}

/**
 * Writes the rows read from a data package or from spreadsheets (read.ts), as `viewer`, in one
 * transaction that commits only when nothing was refused and this is not a dry run. Spreadsheets
 * (no descriptor) go into an exercise that exists.
 */
export async function importRows(
  dataSource: DataSource,
  viewer: Viewer,
  read: ReadPackage,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const messages = importMessages(options.language ?? 'es');
  const importId = importRequestId();
  const fresh = (): ImportReport => ({
    exerciseSlug: options.exerciseSlug ?? (typeof read.descriptor.name === 'string' ? read.descriptor.name : null),
    importId,
    dryRun: Boolean(options.dryRun),
    written: false,
    changes: [],
    unchanged: {},
    problems: [...read.problems],
    skipped: read.skipped,
  });
  const first = fresh();
  if (first.problems.length) return read.rows.size ? attempt(dataSource, viewer, read, options, first, true) : first;
  // A package that goes in whole (the usual case) goes in without a savepoint per write; on the
  // first refusal it starts over, each write in its savepoint, to find and report every problem.
  try {
    return await attempt(dataSource, viewer, read, options, first, false);
  } catch (error) {
    if (!(error instanceof StartOver)) throw error;
    return attempt(dataSource, viewer, read, options, fresh(), true);
  }
}

/** A write refused on the fast path (no savepoints): the import starts over carefully. */
class StartOver extends Error {}

/**
 * One try at the import's transaction. `careful`: each write in a savepoint of its own, so that a
 * refused one leaves the transaction usable and every problem is found; otherwise the first
 * refusal (or failed statement) ends the try with StartOver.
 */
async function attempt(
  dataSource: DataSource,
  viewer: Viewer,
  read: ReadPackage,
  options: ImportOptions,
  report: ImportReport,
  careful: boolean,
): Promise<ImportReport> {
  const messages = importMessages(options.language ?? 'es');
  try {
    await dataSource.transaction(async (manager) => {
      // A wrong reference fails at its own statement (so its row and column are known), not at commit.
      await manager.query('SET CONSTRAINTS ALL IMMEDIATE');
      // The public data's change counters move once per table at the end, not at each of thousands of statements (migration DeferredDataChange).
      await manager.query(`SET LOCAL tablero.data_change_deferred = 'on'`);
      // The writes' audit rows are written together before the commit, a statement per thousand.
      const audit = new AuditBatch();
      const run = new ImportRun(
        { ...createContext(manager, newRequestScope(report.importId), viewer), audit, savepoints: careful },
        messages,
        report,
        read.rows,
        read.descriptor,
        read.files,
      );
      try {
        await run.all(options);
      } catch (error) {
        if (careful) throw error;
        throw new StartOver();
      }
      if (report.problems.length && !careful) throw new StartOver();
      if (report.problems.length || report.dryRun) throw new RollBack();
      await audit.flush(manager);
      await manager.query(`SET LOCAL tablero.data_change_deferred = 'off'`);
      await manager.query(
        `SELECT tablero_meta.count_data_change(c.relname) FROM (SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
           WHERE NOT t.tgisinternal AND p.proname = 'note_data_change' AND c.relnamespace = 'public'::regnamespace ORDER BY c.relname) c`,
      );
    });
    report.written = true;
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  return report;
}

/** The refusal a write path threw, as problems at the row and the columns of its fields. */
function refusals(
  error: unknown,
  messages: ImportMessages,
  where: { file: string; row: number | null },
  columnOf: (field: string) => string | null,
): ImportProblem[] {
  if (!(error instanceof DomainError)) throw error;
  const { code, reason, field, problems } = error.extensions as {
    code?: string;
    reason?: string;
    field?: string;
    problems?: { field: string; reason: string; message: string }[];
  };
  const column = (name?: string) =>
    name?.startsWith('input.') ? columnOf(name.slice('input.'.length).replace(/\[\d+\]$/, '')) : null;
  if (problems?.length)
    return problems.map((p) => ({
      ...where,
      column: column(p.field),
      message: writeRefusal(messages, code, p.reason, p.message),
    }));
  return [{ ...where, column: column(field), message: writeRefusal(messages, code, reason, error.message) }];
}

/** A row the import cannot write for a reason it found itself (not the write path). */
class RowProblem extends Error {
  constructor(
    readonly column: string | null,
    message: string,
  ) {
    super(message);
  }
}

class ImportRun implements References {
  exerciseId = '';
  private stateId = '';
  private readonly cache = new Map<string, Promise<string | null>>();
  private meetings = new Map<string, string[]>();

  constructor(
    private readonly ctx: Context,
    private readonly messages: ImportMessages,
    private readonly report: ImportReport,
    private readonly rows: Map<string, PackageRow[]>,
    private readonly descriptor: Record<string, unknown>,
    private readonly files: Map<string, Buffer | StreamedFile>,
  ) {}

  private get manager(): EntityManager {
    return this.ctx.manager;
  }

  async all(options: ImportOptions) {
    if (!(await this.exercise(options))) return;
    for (const row of this.rows.get('meetings') ?? []) {
      const eventId = row.cells.event_id as string;
      this.meetings.set(eventId, [...(this.meetings.get(eventId) ?? []), row.cells.commitment_id as string]);
    }
    const events = new Set((this.rows.get('events') ?? []).map((row) => row.cells.id as string));
    for (const row of this.rows.get('meetings') ?? []) {
      if (!events.has(row.cells.event_id as string))
        this.report.problems.push({
          file: row.file,
          row: row.row,
          column: 'event_id',
          message: this.messages.reason.UNKNOWN_REFERENCE,
        });
    }
    const total = [...this.rows.values()].reduce((sum, rows) => sum + rows.length, 0);
    let done = 0;
    const documents = this.rows.get('source-documents') ?? [];
    const created = await this.sourceDocuments(documents);
    if (documents.length) options.onProgress?.((done += documents.length), total);
    for (const kind of IMPORT_KINDS) {
      const rows = this.rows.get(kind.resource) ?? [];
      for (const row of parentsFirst(rows)) {
        await this.importRow(kind, row);
        if (this.report.problems.length && this.ctx.savepoints === false) throw new StartOver();
        options.onProgress?.((done += 1), total);
      }
      if (kind.resource === 'organizations') await this.publishers(created);
    }
  }

  /**
   * Creates the source documents the package describes and this instance lacks (matched by id,
   * else by key; one that exists is left as it is). They are of no state, like national bodies:
   * only a platform admin adds them. Their publisher is set once the organisations are in (publishers).
   */
  private async sourceDocuments(rows: PackageRow[]): Promise<PackageRow[]> {
    const created: PackageRow[] = [];
    for (const row of rows) {
      const { id, key, title, url, text, published_on } = row.cells as Record<string, string | null> & {
        id: string;
        key: string;
        title: string;
      };
      const [found] = await this.manager.query('SELECT id FROM source_document WHERE id = $1 OR key = $2', [id, key]);
      if (found) {
        this.report.unchanged.SourceDocument = (this.report.unchanged.SourceDocument ?? 0) + 1;
        continue;
      }
      const where = { file: row.file, row: row.row };
      const viewer = this.ctx.viewer;
      if (viewer.kind !== 'staff' || viewer.role !== StaffRole.PLATFORM_ADMIN) {
        this.report.problems.push({ ...where, column: 'id', message: this.messages.sourceDocumentsByPlatformAdmin });
        continue;
      }
      const values = {
        id,
        key,
        title,
        url: url ?? null,
        text: text ?? null,
        publishedOn: published_on ?? null,
      };
      await this.manager.insert(SourceDocument, values);
      await writeAudit(
        this.manager,
        viewer,
        this.ctx.requestId,
        AuditAction.CREATE,
        'SourceDocument',
        id,
        null,
        values,
      );
      this.report.changes.push({
        kind: 'SourceDocument',
        id,
        action: 'create',
        fields: Object.keys(values).filter((k) => values[k as keyof typeof values] != null),
        ...where,
      });
      created.push(row);
    }
    return created;
  }

  /** Sets the publisher of the source documents this import created, the organisations being in. */
  private async publishers(created: PackageRow[]) {
    for (const row of created) {
      const publisher = row.cells.published_by_id as string | null;
      if (!publisher) continue;
      const [organization] = await this.manager.query('SELECT id FROM organization WHERE id = $1', [publisher]);
      if (!organization) {
        this.report.problems.push({
          file: row.file,
          row: row.row,
          column: 'published_by_id',
          message: `${this.messages.unknownOrganization}: ${publisher}`,
        });
        continue;
      }
      await this.manager.update(SourceDocument, { id: row.cells.id as string }, { publishedById: publisher });
    }
  }

  async stateIdOf(row: PackageRow): Promise<string | null> {
    const code = row.cells.state_code as string | null | undefined;
    if (!code) return null;
    const id = await this.once(
      `state:${code}`,
      async () => (await this.manager.query('SELECT id FROM state WHERE code = $1', [code]))[0]?.id ?? null,
    );
    if (!id) throw new RowProblem('state_code', this.messages.unknownState(code));
    return id;
  }

  /** Finds the exercise, or creates it from the descriptor (title, description) in the state the package's places are in. */
  private async exercise(options: ImportOptions): Promise<boolean> {
    const slug = this.report.exerciseSlug;
    const where = { file: 'datapackage.json', row: null };
    if (!slug) {
      this.report.problems.push({ ...where, column: 'name', message: this.messages.reason.REQUIRED });
      return false;
    }
    const [found] = await this.manager.query(
      'SELECT id, state_id FROM exercise WHERE slug = $1 AND deleted_at IS NULL',
      [slug],
    );
    if (found) {
      this.exerciseId = found.id;
      this.stateId = found.state_id;
      return true;
    }
    if (!Object.keys(this.descriptor).length) {
      this.report.problems.push({ ...where, file: '', column: null, message: this.messages.noExercise(slug) });
      return false;
    }
    const stateId = await this.stateOf(options.stateCode);
    if (!stateId) return false;
    const title = String(this.descriptor.title ?? slug);
    const description =
      typeof this.descriptor.description === 'string' && this.descriptor.description !== title
        ? this.descriptor.description
        : null;
    const id = await this.write(
      ExerciseWriteResolver.writePath,
      where,
      { slug, title, description, stateId, publication: Publication.PUBLISHED },
      (field) => field,
    );
    if (!id) return false;
    this.exerciseId = id;
    this.stateId = stateId;
    return true;
  }

  private async stateOf(code: string | undefined): Promise<string | null> {
    const where = { file: 'datapackage.json', row: null, column: null };
    if (code) {
      const [state] = await this.manager.query('SELECT id FROM state WHERE code = $1', [code]);
      if (!state) this.report.problems.push({ ...where, message: this.messages.unknownState(code) });
      return state?.id ?? null;
    }
    const keys = new Set<string>();
    for (const rows of this.rows.values())
      for (const row of rows)
        if (typeof row.cells.municipality_cvegeo === 'string') keys.add(row.cells.municipality_cvegeo.slice(0, 2));
    const states: { id: string }[] =
      keys.size === 1 ? await this.manager.query('SELECT id FROM state WHERE inegi_key = $1', [[...keys][0]]) : [];
    if (states.length !== 1) this.report.problems.push({ ...where, message: this.messages.noState });
    return states.length === 1 ? states[0].id : null;
  }

  /** Writes a new record through its write path; on a refusal, reports it and gives null. */
  private async write(
    path: AnyWritePath,
    where: { file: string; row: number | null },
    values: Record<string, unknown>,
    columnOf: (field: string) => string | null,
  ): Promise<string | null> {
    try {
      const created = await path.writer.create(this.ctx, Object.assign(new path.input(), values));
      this.report.changes.push({
        kind: path.spec.name,
        id: created.id,
        action: 'create',
        fields: Object.keys(values).filter((k) => values[k] !== undefined),
        ...where,
      });
      return created.id;
    } catch (error) {
      this.report.problems.push(...refusals(error, this.messages, where, columnOf));
      return null;
    }
  }

  private async importRow(kind: ImportKind, row: PackageRow) {
    const columnOf = (field: string) =>
      kind.columnOf?.[field] ?? (field === 'sourceDocumentId' ? 'source_url' : snake(field));
    const where = { file: row.file, row: row.row };
    let input: Record<string, unknown>;
    try {
      input = {
        ...Object.fromEntries(kind.copy.filter((c) => c in row.cells).map((c) => [camel(c), row.cells[c]])),
        sourceNote: row.cells.source_note ?? null,
        ...(await kind.references(row, this)),
      };
      const source = await this.sourceDocumentId(row);
      if (source !== undefined) input.sourceDocumentId = source;
      const current = await this.existing(kind, row, input);
      if (!current) {
        await this.write(
          kind.path,
          where,
          { ...(row.cells.id ? { id: row.cells.id } : {}), ...input, publication: Publication.PUBLISHED },
          columnOf,
        );
        return;
      }
      const values = await this.differences(kind.path, current, input);
      const changed = Object.keys(values);
      if (!changed.length) {
        this.report.unchanged[kind.path.spec.name] = (this.report.unchanged[kind.path.spec.name] ?? 0) + 1;
        return;
      }
      await kind.path.writer.update(
        this.ctx,
        current.id as string,
        current.version as number,
        Object.assign(new kind.path.input(), values),
      );
      this.report.changes.push({
        kind: kind.path.spec.name,
        id: current.id as string,
        action: 'update',
        fields: changed,
        ...where,
      });
    } catch (error) {
      if (error instanceof RowProblem)
        this.report.problems.push({ ...where, column: error.column, message: error.message });
      else this.report.problems.push(...refusals(error, this.messages, where, columnOf));
    }
  }

  /** The record the row stands for: by id, else by natural key; refused when it is of another exercise or deleted. */
  private async existing(
    kind: ImportKind,
    row: PackageRow,
    input: Record<string, unknown>,
  ): Promise<Record<string, unknown> | null> {
    let id = row.cells.id as string | null | undefined;
    for (const key of id ? [] : (kind.naturalKeys ?? [])) {
      if (!key.some((field) => input[field] != null)) continue;
      const params: unknown[] = [];
      const conditions = key.map((field) => {
        if (input[field] == null) return `${snake(field)} IS NULL`;
        params.push(input[field]);
        return `${snake(field)} = $${params.length}`;
      });
      const [match] = await this.manager.query(
        `SELECT id FROM ${kind.table} WHERE ${conditions.join(' AND ')} AND deleted_at IS NULL ORDER BY created_at LIMIT 1`,
        params,
      );
      id = match?.id;
      if (id) break;
    }
    if (!id) return null;
    const [found] = await this.manager.query(`SELECT id, deleted_at FROM ${kind.table} WHERE id = $1`, [id]);
    if (!found) return null;
    if (found.deleted_at) throw new RowProblem('id', this.messages.deleted);
    const [owner] = kind.exerciseOf ? await this.manager.query(kind.exerciseOf, [id]) : [];
    if (kind.exerciseOf && Object.values(owner ?? {})[0] !== this.exerciseId)
      throw new RowProblem('id', this.messages.otherExercise);
    return (await this.manager.findOneByOrFail(kind.path.spec.entity, { id } as never)) as Record<string, unknown>;
  }

  /**
   * The input fields whose value differs from the record's (link sets compared as sets), with the
   * value to write. The package shows public records only, so what it cannot show is never taken
   * away: a link to a record that is not public stays in the set, and an empty reference where the
   * record names one that is not public is not a change.
   */
  private async differences(
    path: AnyWritePath,
    current: Record<string, unknown>,
    input: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    const changed: Record<string, unknown> = {};
    const metadata = this.manager.connection.getMetadata(path.spec.entity);
    for (const [field, value] of Object.entries(input)) {
      const link = path.spec.links?.find((l: LinkSet) => l.field === field);
      if (link) {
        const target = kindOfTable(link.table).reach.parents.find((p) => p.column === link.targetColumn)?.table;
        if (!target)
          throw new Error(`${link.table}.${link.targetColumn}: the link's target is not declared in its kind's reach`);
        const fixed = Object.entries(link.fixed ?? {});
        const rows: { target: string; visible: boolean }[] = await this.manager.query(
          `SELECT l.${link.targetColumn} AS target, EXISTS (SELECT 1 FROM ${target} x WHERE x.id = l.${link.targetColumn} AND ${publicCondition(target, 'x')}) AS visible
             FROM ${link.table} l WHERE l.${link.ownerColumn} = $1 ${fixed.map(([c], i) => `AND l.${c} = $${i + 2}`).join(' ')}`,
          [current.id, ...fixed.map(([, v]) => v)],
        );
        const now = rows.map((r) => r.target).sort();
        const wanted = [
          ...new Set([...(value as string[]), ...rows.filter((r) => !r.visible).map((r) => r.target)]),
        ].sort();
        if (now.join() !== wanted.join()) changed[field] = wanted;
        continue;
      }
      const stored = current[field];
      const same =
        typeof value === 'number' ? stored != null && Number(stored) === value : (stored ?? null) === (value ?? null);
      if (same) continue;
      const reference = metadata.relations.find((r) => r.joinColumns[0]?.databaseName === snake(field));
      if (
        value == null &&
        reference &&
        !(await this.isPublic(reference.inverseEntityMetadata.tableName, stored as string))
      )
        continue;
      changed[field] = value;
    }
    return changed;
  }

  private async isPublic(table: string, id: string): Promise<boolean> {
    const [row] = await this.manager.query(
      `SELECT EXISTS (SELECT 1 FROM ${table} x WHERE x.id = $1 AND ${publicCondition(table, 'x')}) AS visible`,
      [id],
    );
    return row.visible as boolean;
  }

  /** A record named by a natural key, found or created (once per import). */
  private once(key: string, make: () => Promise<string | null>): Promise<string | null> {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as Promise<string | null>;
  }

  /**
   * The row's source document, by its address (source-address.ts): a report file some instance
   * serves, found by its hash (this instance's report document, or the text it keeps, which is
   * the same bytes when the report is stored as its text, as the seed stores it), a text copy by
   * its key, else the document's own address. Undefined (left as it is) when the row gives none.
   */
  private async sourceDocumentId(row: PackageRow): Promise<string | null | undefined> {
    const url = row.cells.source_url as string | null | undefined;
    if (!url) return undefined;
    const id = await this.once(`source:${url}`, () => this.sourceDocumentAt(url));
    if (!id) throw new RowProblem('source_url', this.messages.unknownSourceDocument);
    return id;
  }

  private async sourceDocumentAt(url: string): Promise<string | null> {
    const first = async (sql: string, value: string) =>
      ((await this.manager.query(sql, [value])) as { id: string }[])[0]?.id ?? null;
    const served = servedSourceOf(url);
    if (!served) return first('SELECT id FROM source_document WHERE url = $1 ORDER BY id LIMIT 1', url);
    if ('key' in served) return first('SELECT id FROM source_document WHERE key = $1 AND text IS NOT NULL', served.key);
    return first(
      `SELECT sd.id FROM source_document sd
        WHERE EXISTS (SELECT 1 FROM document d WHERE d.id = sd.report_document_id AND d.content_sha256 = $1)
           OR encode(sha256(convert_to(sd.text, 'UTF8')), 'hex') = $1
        ORDER BY sd.report_document_id IS NULL, sd.id LIMIT 1`,
      served.sha256,
    );
  }

  async secretariatId(): Promise<string> {
    const id = await this.once('secretariat', async () => {
      const [found] = await this.manager.query(
        'SELECT id FROM secretariat WHERE exercise_id = $1 AND deleted_at IS NULL ORDER BY created_at LIMIT 1',
        [this.exerciseId],
      );
      if (found) return found.id as string;
      return this.write(
        SecretariatWriteResolver.writePath,
        { file: 'datapackage.json', row: null },
        // The package does not name the Secretariat: the program's generic name, and the note says so.
        {
          exerciseId: this.exerciseId,
          name: 'Secretariado Técnico Local',
          sourceNote: this.messages.generatedNote('el nombre del Secretariado Técnico'),
          publication: Publication.PUBLISHED,
        },
        () => null,
      );
    });
    if (!id) throw new RowProblem(null, this.messages.reason.UNKNOWN_REFERENCE);
    return id;
  }

  /** The plan a row names by id (created, with its title, when absent), else by title, else the exercise's only plan. */
  async planId(row: PackageRow): Promise<string> {
    const planId = row.cells.plan_id as string | null | undefined;
    const title = row.cells.plan_title as string | null | undefined;
    if (!planId) {
      const plans: { id: string; title: string }[] = await this.manager.query(
        'SELECT id, title FROM action_plan WHERE exercise_id = $1 AND deleted_at IS NULL',
        [this.exerciseId],
      );
      if (!title && plans.length === 1) return plans[0].id;
      if (!title)
        throw new RowProblem(
          'plan_title',
          plans.length ? this.messages.ambiguous(this.messages.plans) : this.messages.reason.REQUIRED,
        );
      return this.byName(
        'plan',
        'plan_title',
        title,
        `SELECT id FROM action_plan WHERE ${FOLD('title')} = $1 AND exercise_id = $2 AND deleted_at IS NULL`,
        [this.exerciseId],
      );
    }
    const id = await this.once(`plan:${planId}`, async () => {
      const [found] = await this.manager.query('SELECT id, exercise_id, title FROM action_plan WHERE id = $1', [
        planId,
      ]);
      if (found && found.exercise_id !== this.exerciseId) throw new RowProblem('plan_id', this.messages.otherExercise);
      if (found) return found.id as string;
      return this.write(
        ActionPlanWriteResolver.writePath,
        { file: row.file, row: row.row },
        { id: planId, exerciseId: this.exerciseId, title: title ?? undefined, publication: Publication.PUBLISHED },
        (field) => (field === 'title' ? 'plan_title' : 'plan_id'),
      );
    });
    if (!id) throw new RowProblem('plan_id', this.messages.reason.UNKNOWN_REFERENCE);
    return id;
  }

  /**
   * The one record `sql` finds for a name a row gives (ids of the exercise's records, `$1` the
   * name folded as FOLD folds, `$2` the exercise's id or its state's): none or several is the row's problem.
   */
  private async byName(
    kind: string,
    column: string,
    value: string,
    sql: string,
    extra: unknown[] = [],
  ): Promise<string> {
    const ids = await this.once(`${kind}:name:${[value, ...extra].join('|')}`, async () =>
      JSON.stringify((await this.manager.query(sql, [fold(value), ...extra])).map((r: { id: string }) => r.id)),
    );
    const found = JSON.parse(ids as string) as string[];
    if (found.length === 1) return found[0];
    throw new RowProblem(column, found.length ? this.messages.ambiguous(value) : this.messages.notFound(kind, value));
  }

  async organizationId(row: PackageRow, column: string, nameColumn: string): Promise<string | null> {
    const id = row.cells[column] as string | null | undefined;
    const name = row.cells[nameColumn] as string | null | undefined;
    if (!id && name) return this.organizationByName(name, nameColumn);
    if (!id) return null;
    const found = await this.once(
      `organization:${id}`,
      async () => (await this.manager.query('SELECT id FROM organization WHERE id = $1', [id]))[0]?.id ?? null,
    );
    if (!found) throw new RowProblem(column, `${this.messages.unknownOrganization}: ${id}`);
    return found;
  }

  /** An organisation of the exercise's state (or national) by its name or abbreviation; the import invents none (it could not tell its kind). */
  private organizationByName(name: string, column: string): Promise<string> {
    return this.byName(
      'organization',
      column,
      name,
      `SELECT id FROM organization WHERE (${FOLD('name')} = $1 OR ${FOLD('abbreviation')} = $1) AND deleted_at IS NULL AND (state_id = $2 OR state_id IS NULL)`,
      [this.stateId],
    );
  }

  async organizationIds(row: PackageRow, column: string, nameColumn: string): Promise<string[]> {
    const ids = (row.cells[column] as string[] | undefined) ?? [];
    if (!ids.length)
      return Promise.all(
        ((row.cells[nameColumn] as string[] | undefined) ?? []).map((name) =>
          this.organizationByName(name, nameColumn),
        ),
      );
    const found: string[] = [];
    for (const id of ids)
      found.push((await this.organizationId({ ...row, cells: { [column]: id } }, column, nameColumn)) as string);
    return found;
  }

  async commitmentId(row: PackageRow): Promise<string | null> {
    const id = row.cells.commitment_id as string | null | undefined;
    const number = row.cells.commitment_number as number | null | undefined;
    if (id || number == null) return id ?? null;
    return this.byName(
      'commitment',
      'commitment_number',
      String(number),
      `SELECT c.id FROM commitment c JOIN action_plan p ON p.id = c.plan_id WHERE c.number::text = $1 AND p.exercise_id = $2 AND c.deleted_at IS NULL AND p.deleted_at IS NULL`,
      [this.exerciseId],
    );
  }

  async sessionId(row: PackageRow): Promise<string | null> {
    const id = row.cells.session_id as string | null | undefined;
    const { session_type: type, session_number: number } = row.cells as {
      session_type?: string | null;
      session_number?: number | null;
    };
    if (id || !type || number == null) return id ?? null;
    return this.byName(
      'session',
      'session_number',
      `${type} ${number}`,
      `SELECT s.id FROM session s JOIN secretariat t ON t.id = s.secretariat_id WHERE s.type::text || ' ' || s.number = upper($1) AND t.exercise_id = $2 AND s.deleted_at IS NULL AND t.deleted_at IS NULL`,
      [this.exerciseId],
    );
  }

  async eventId(row: PackageRow): Promise<string | null> {
    const id = row.cells.event_id as string | null | undefined;
    const title = row.cells.event_title as string | null | undefined;
    if (id || !title) return id ?? null;
    return this.byName(
      'event',
      'event_title',
      title,
      `SELECT id FROM event WHERE ${FOLD('title')} = $1 AND exercise_id = $2 AND deleted_at IS NULL`,
      [this.exerciseId],
    );
  }

  async postId(row: PackageRow): Promise<string | null> {
    const id = row.cells.post_id as string | null | undefined;
    const label = row.cells.post_label as string | null | undefined;
    if (id || !label) return id ?? null;
    return this.byName(
      'post',
      'post_label',
      label,
      `SELECT o.id FROM post o JOIN secretariat t ON t.id = o.secretariat_id WHERE ${FOLD('o.label')} = $1 AND t.exercise_id = $2 AND o.deleted_at IS NULL AND t.deleted_at IS NULL`,
      [this.exerciseId],
    );
  }

  /** By INEGI key (`municipality_cvegeo`, or five digits in `municipality_name`), else by name within the exercise's state. */
  async municipalityId(row: PackageRow): Promise<string | null> {
    const name = (row.cells.municipality_name as string | null | undefined)?.trim();
    const cvegeo =
      (row.cells.municipality_cvegeo as string | null | undefined) ?? (name && /^[0-9]{5}$/.test(name) ? name : null);
    if (!cvegeo && name)
      return this.byName(
        'municipality',
        'municipality_name',
        name,
        `SELECT id FROM municipality WHERE ${FOLD('name')} = $1 AND state_id = $2`,
        [this.stateId],
      );
    if (!cvegeo) return null;
    const id = await this.once(
      `municipality:${cvegeo}`,
      async () => (await this.manager.query('SELECT id FROM municipality WHERE cvegeo = $1', [cvegeo]))[0]?.id ?? null,
    );
    if (!id)
      throw new RowProblem(
        row.cells.municipality_cvegeo ? 'municipality_cvegeo' : 'municipality_name',
        this.messages.unknownMunicipality,
      );
    return id;
  }

  async venueId(row: PackageRow, municipalityId: string | null): Promise<string | null> {
    const name = row.cells.venue_name as string | null;
    if (!name) return null;
    if (!municipalityId) throw new RowProblem('venue_name', this.messages.venueWithoutMunicipality);
    const id = await this.once(`venue:${municipalityId}:${name}`, async () => {
      const [found] = await this.manager.query('SELECT id FROM venue WHERE municipality_id = $1 AND name = $2', [
        municipalityId,
        name,
      ]);
      return (
        found?.id ??
        this.write(
          VenueWriteResolver.writePath,
          { file: row.file, row: row.row },
          { municipalityId, name, publication: Publication.PUBLISHED },
          (field) => (field === 'name' ? 'venue_name' : 'municipality_cvegeo'),
        )
      );
    });
    if (!id) throw new RowProblem('venue_name', this.messages.reason.UNKNOWN_REFERENCE);
    return id;
  }

  async regionId(row: PackageRow): Promise<string | null> {
    const name = row.cells.region_name as string | null;
    if (!name) return null;
    const id = await this.once(`region:${name}`, async () => {
      const [found] = await this.manager.query('SELECT id FROM region WHERE state_id = $1 AND name = $2', [
        this.stateId,
        name,
      ]);
      return (
        found?.id ??
        this.write(
          RegionWriteResolver.writePath,
          { file: row.file, row: row.row },
          { stateId: this.stateId, name, publication: Publication.PUBLISHED },
          () => 'region_name',
        )
      );
    });
    if (!id) throw new RowProblem('region_name', this.messages.reason.UNKNOWN_REFERENCE);
    return id;
  }

  async personId(row: PackageRow, nameColumn = 'person_name'): Promise<string | null> {
    const personId = nameColumn === 'person_name' ? (row.cells.person_id as string | null) : null;
    const name = row.cells[nameColumn] as string | null;
    if (!personId && !name) return null;
    const key = personId ? `person:${personId}` : `person-name:${name}`;
    const id = await this.once(key, async () => {
      // By id; a person the package names only by name is the state's person of that name.
      const [found] = personId
        ? await this.manager.query('SELECT id FROM person WHERE id = $1', [personId])
        : await this.manager.query(
            'SELECT id FROM person WHERE name = $1 AND state_id = $2 AND deleted_at IS NULL ORDER BY created_at LIMIT 1',
            [name, this.stateId],
          );
      if (found) return found.id as string;
      return this.write(
        PersonWriteResolver.writePath,
        { file: row.file, row: row.row },
        {
          ...(personId ? { id: personId } : {}),
          name: name ?? undefined,
          stateId: this.stateId,
          publication: Publication.PUBLISHED,
        },
        (field) => (field === 'name' ? nameColumn : 'person_id'),
      );
    });
    if (!id) throw new RowProblem(personId ? 'person_id' : nameColumn, this.messages.reason.UNKNOWN_REFERENCE);
    return id;
  }

  meetingCommitments(eventId: string): string[] {
    return this.meetings.get(eventId) ?? [];
  }

  async documentContent(row: PackageRow): Promise<string> {
    const sha256 = row.cells.sha256 as string;
    const stored = await this.once(`content:${sha256}`, async () => {
      if (await contentInfo(this.manager, sha256)) return sha256;
      const file = this.files.get(documentFilePath(sha256));
      if (!file) throw new RowProblem('sha256', this.messages.missingDocumentFile);
      const limit = documentMaxBytes();
      try {
        // In the import's transaction: a refused import keeps none of the files it brought.
        const content = await storeStream(
          this.manager,
          Buffer.isBuffer(file) ? Readable.from([file]) : file.stream(),
          limit,
        );
        if (content.sha256 !== sha256) throw new RowProblem('sha256', this.messages.wrongHash(content.sha256));
        return sha256;
      } catch (error) {
        if (error instanceof UploadRefused)
          throw new RowProblem('sha256', this.messages.fileRefused(error.reason, limit));
        throw error;
      }
    });
    return stored as string;
  }
}

/** Names compared without case or accents ("Torreon" finds Torreón), in SQL and for its parameter alike. */
const FOLD = (column: string) => `translate(lower(${column}), 'áéíóúüñ', 'aeiouun')`;
const fold = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[áéíóúüñ]/g, (c) => 'aeiouun'['áéíóúüñ'.indexOf(c)]);

/** Rows in an order where a parent (an event's series, an organisation's body) comes before its parts. */
function parentsFirst(rows: PackageRow[]): PackageRow[] {
  const ids = new Set(rows.map((row) => row.cells.id));
  const placed = new Set<unknown>();
  const ordered: PackageRow[] = [];
  let pending = rows;
  while (pending.length) {
    const ready = pending.filter(
      (row) => !row.cells.parent_id || !ids.has(row.cells.parent_id) || placed.has(row.cells.parent_id),
    );
    const next = ready.length ? ready : pending; // a cycle: let the write path refuse it
    for (const row of next) {
      ordered.push(row);
      placed.add(row.cells.id);
    }
    pending = pending.filter((row) => !next.includes(row));
  }
  return ordered;
}
