import {
  Column,
  CreateDateColumn,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Field, GraphQLISODateTime, ID, Int, InterfaceType } from 'type-graphql';
import { Publication } from './publication';

/**
 * Every record of an exercise says where it comes from: a source document and the section or
 * sentence in it (Popolo's `sources`). Records entered by staff may have no source.
 *
 * Every record is also editable by staff: it carries a version (optimistic concurrency), a
 * publication state (drafts are seen only within scope) and a soft-delete mark.
 */
@InterfaceType('Sourced', { description: 'A record that carries the source it was taken from.' })
export abstract class SourcedRecord {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  sourceDocumentId: string | null;

  // By name: every entity extends this class, and the source module's entity is not shared code.
  // Only its foreign key is read (source.resolver.ts loads the document by sourceDocumentId).
  @ManyToOne('SourceDocument', { onDelete: 'RESTRICT' })
  @JoinColumn()
  sourceDocument?: Relation<{ id: string }>;

  @Column('text', { nullable: true })
  sourceNote: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, {
    description:
      'Version of the record; an update must send the version it was based on, and a stale one is refused with CONFLICT.',
  })
  @Column('int', { default: 1 })
  version: number;

  @Field(() => Publication, { description: 'DRAFT (seen only by staff in scope) or PUBLISHED (seen by everyone).' })
  @Column({ type: 'enum', enum: Publication, enumName: 'publication', default: Publication.DRAFT })
  publication: Publication;

  /** Soft delete: the row stays (and can be restored by the institute) but no read returns it. */
  @Column('timestamptz', { nullable: true })
  deletedAt: Date | null;
}
