import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Field, GraphQLISODateTime, ID, InterfaceType } from 'type-graphql';
import type { SourceDocument } from '../modules/source/source-document.entity';

/**
 * Every record of an exercise says where it comes from: a source document and the section or
 * sentence in it (Popolo's `sources`). Records entered by staff may have no source.
 */
@InterfaceType('Sourced', { description: 'A record that carries the source it was taken from.' })
export abstract class SourcedRecord {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { nullable: true })
  sourceDocumentId: string | null;

  // By name: every entity extends this class, and SourceDocument's own imports lead back to them.
  @ManyToOne('SourceDocument', { onDelete: 'RESTRICT' })
  @JoinColumn()
  sourceDocument?: Relation<SourceDocument>;

  @Column('text', { nullable: true })
  sourceNote: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the record was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
