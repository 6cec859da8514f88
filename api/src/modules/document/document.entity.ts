import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Evaluation } from '../evaluation/evaluation.entity';
import { Event } from '../event/event.entity';
import { Exercise } from '../exercise/exercise.entity';
import { InformationDelivery } from '../information/information-delivery.entity';
import { Milestone } from '../milestone/milestone.entity';
import { Session } from '../session/session.entity';
import { DocumentKind } from './document.enums';
import { DOCUMENT_PARENTS } from './document.parents';

/**
 * The bytes of an uploaded file, once per distinct content: keyed by its SHA-256 (hex), so the
 * same file uploaded twice is stored once. Never read through GraphQL; served by
 * document.router.ts only for a document the viewer may see.
 */
@Entity()
export class DocumentContent {
  /** Hex SHA-256 of the bytes; while an upload is still streaming in, `upload:<uuid>`. */
  @PrimaryColumn('text')
  sha256: string;

  @Column('bigint', { transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  /** Detected from the bytes (document.detect.ts), never from the name. */
  @Column('text')
  mediaType: string;

  @CreateDateColumn({ type: 'timestamptz' })
  storedAt: Date;
}

/** One piece of a content, in order: files stream in and out a chunk at a time. */
@Entity()
export class DocumentChunk {
  @PrimaryColumn('text')
  contentSha256: string;

  @PrimaryColumn('int')
  seq: number;

  @ManyToOne(() => DocumentContent, { onDelete: 'CASCADE', onUpdate: 'CASCADE', nullable: false })
  @JoinColumn()
  content?: Relation<DocumentContent>;

  @Column('bytea')
  data: Buffer;
}

@ObjectType({
  implements: SourcedRecord,
  description:
    'A file kept by the platform (minutes, evidence, an official letter, a report) and the record it belongs to: a session, meeting, milestone, information delivery, evaluation or exercise.',
})
@Entity()
@Check('document_has_one_parent', `num_nonnulls(${DOCUMENT_PARENTS.map((p) => p.column).join(', ')}) = 1`)
@Check('document_date_valid', partialDatesValid('date'))
export class Document extends SourcedRecord {
  @Field({ description: 'Title of the document.' })
  @Column('text')
  title: string;

  @Field(() => DocumentKind, { description: 'What the document is.' })
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Date of the document, at the precision known; null when unknown.',
  })
  @PartialDateColumn()
  date: string | null;

  @Index()
  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'RESTRICT' })
  @JoinColumn()
  session?: Relation<Session>;

  @Index()
  @Column('uuid', { nullable: true })
  eventId: string | null;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn()
  event?: Relation<Event>;

  @Index()
  @Column('uuid', { nullable: true })
  milestoneId: string | null;

  @ManyToOne(() => Milestone, { onDelete: 'RESTRICT' })
  @JoinColumn()
  milestone?: Relation<Milestone>;

  @Index()
  @Column('uuid', { nullable: true })
  informationDeliveryId: string | null;

  @ManyToOne(() => InformationDelivery, { onDelete: 'RESTRICT' })
  @JoinColumn()
  informationDelivery?: Relation<InformationDelivery>;

  @Index()
  @Column('uuid', { nullable: true })
  evaluationId: string | null;

  @ManyToOne(() => Evaluation, { onDelete: 'RESTRICT' })
  @JoinColumn()
  evaluation?: Relation<Evaluation>;

  @Index()
  @Column('uuid', { nullable: true })
  exerciseId: string | null;

  @ManyToOne(() => Exercise, { onDelete: 'RESTRICT' })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  /**
   * The file's content (document_content.sha256). Not a TypeORM relation: a content is named by
   * its hash, not reached through anyone's scope, so the write path checks it exists itself.
   */
  @Field({
    description:
      'SHA-256 of the file (hex): the file is served at /files/<sha256>/<fileName>, and the hash checks a download.',
  })
  @Index()
  @Column('text')
  contentSha256: string;

  @Field({ description: 'The file name, as uploaded (shown when it is downloaded).' })
  @Column('text')
  fileName: string;
}
