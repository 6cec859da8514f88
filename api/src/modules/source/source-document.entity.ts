import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartialDateScalar } from '../../common/scalars';
import { Organization } from '../organization/organization.entity';

@ObjectType({ description: 'A document records are taken from, such as a closing report of an exercise.' })
@Entity()
export class SourceDocument {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Short stable key of the document, e.g. "informe-coahuila-2015-2017".' })
  @Column('text', { unique: true })
  key: string;

  @Field({ description: 'Title of the document.' })
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'Where the document can be read, when known.' })
  @Column('text', { nullable: true })
  url: string | null;

  /** The document's text, when the platform keeps it (served at /data/sources/<key>.txt). */
  @Column('text', { nullable: true })
  text: string | null;

  /**
   * The document record keeping the report itself (kind REPORT), when the platform stores it:
   * once published, its file is the source's address (source-address.ts). By name: documents
   * are sourced records, which point back here.
   */
  @Column('uuid', { nullable: true })
  reportDocumentId: string | null;

  @ManyToOne('Document', { onDelete: 'SET NULL' })
  @JoinColumn()
  reportDocument?: Relation<{ id: string }>;

  @Column('uuid', { nullable: true })
  publishedById: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  publishedBy?: Relation<Organization>;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the document was published, at the precision known.',
  })
  @Column('text', { nullable: true })
  publishedOn: string | null;
}
