import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { PartialDateColumn, partialDatesInOrder, partialDatesValid } from '../../common/columns';
import { PartialDateScalar } from '../../common/scalars';
import { SourcedRecord } from '../../common/sourced-record';
import { Municipality } from '../place/municipality.entity';
import { State } from '../place/state.entity';
import { OrganizationKind } from './organization.enums';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A public body, civil-society organisation, university, chamber or other organisation (Popolo Organization). ' +
    'Bodies are created and abolished: founding and dissolution dates keep that history.',
})
@Entity()
@Check('organization_dates_valid', partialDatesValid('founding_date', 'dissolution_date'))
@Check('organization_dates_in_order', partialDatesInOrder('founding_date', 'dissolution_date'))
@Check('organization_not_own_parent', 'parent_id IS NULL OR parent_id <> id')
export class Organization extends SourcedRecord {
  @Field({ description: 'Stable human-readable key, e.g. "icai".' })
  @Column('text', { unique: true })
  slug: string;

  @Field({ description: 'Full name, as the source writes it.' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. "ICAI".' })
  @Column('text', { nullable: true })
  abbreviation: string | null;

  @Field(() => OrganizationKind, { description: 'What kind of body this is.' })
  @Index()
  @Column({ type: 'enum', enum: OrganizationKind, enumName: 'organization_kind' })
  kind: OrganizationKind;

  @Index()
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn()
  parent?: Relation<Organization>;

  @Column('uuid', { nullable: true })
  stateId: string | null;

  @ManyToOne(() => State, { onDelete: 'RESTRICT' })
  @JoinColumn()
  state?: Relation<State>;

  @Column('uuid', { nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Relation<Municipality>;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When the body was created, if known.' })
  @PartialDateColumn()
  foundingDate: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the body was abolished or dissolved, if it was and it is known.',
  })
  @PartialDateColumn()
  dissolutionDate: string | null;
}
