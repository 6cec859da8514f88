import { defineRecordKind, exerciseVia, kindOfTable, via, type RowSql } from '../../common/record-kind';
import { agencyWrites, evaluatorWrites } from '../../common/scope';
import { DocumentChunk, DocumentContent, Document } from './document.entity';
import { DOCUMENT_PARENTS } from './document.parents';

/**
 * A document belongs to exactly one record (DOCUMENT_PARENTS) and is everything that record is:
 * public through it, of its exercise, serving its commitments, and written by whoever writes it
 * (an agency the evidence of its milestones and deliveries and the minutes of the meetings it
 * keeps; the evaluator those of evaluations; the institute all of its state).
 */
const asItsRecord =
  (writes: (table: string, a: string) => string): RowSql =>
  (a) =>
    `(${DOCUMENT_PARENTS.map(({ column, table }) => {
      const p = `${a}_${table}`;
      return `EXISTS (SELECT 1 FROM "${table}" ${p} WHERE ${p}.id = ${a}.${column} AND ${writes(table, p)})`;
    }).join(' OR ')})`;

/** The commitments the record it belongs to serves, for the records an agency keeps (not an exercise's every commitment). */
const commitmentsOfItsRecord: RowSql = (a) =>
  DOCUMENT_PARENTS.filter(({ table }) => kindOfTable(table).scope?.writers?.agency)
    .map(({ column, table }) => {
      const p = `${a}_${table}`;
      return `SELECT served.id FROM "${table}" ${p} CROSS JOIN LATERAL (${kindOfTable(table).scope?.commitments?.(p)}) served(id) WHERE ${p}.id = ${a}.${column}`;
    })
    .join(' UNION ALL ');

export const documentKind = defineRecordKind({
  table: 'document',
  entity: Document,
  reach: { record: [], anyOf: DOCUMENT_PARENTS.map(({ column, table }) => via(column, table)) },
  exercise: (a) => `COALESCE(${DOCUMENT_PARENTS.map(({ column, table }) => exerciseVia(column, table)(a)).join(', ')})`,
  commitments: commitmentsOfItsRecord,
  writers: { agency: asItsRecord(agencyWrites), evaluator: asItsRecord(evaluatorWrites) },
});

/** A file's bytes are never read as records: only through a document the viewer may see (document.router.ts). */
export const documentContentKind = defineRecordKind({
  table: 'document_content',
  entity: DocumentContent,
  reach: 'never',
});
export const documentChunkKind = defineRecordKind({ table: 'document_chunk', entity: DocumentChunk, reach: 'never' });
