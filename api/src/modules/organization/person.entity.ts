import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { State } from '../place/state.entity';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';

@ObjectType({ implements: SourcedRecord, description: 'A person named in an exercise (Popolo Person).' })
@Entity()
export class Person extends SourcedRecord {
  /** The state whose exercise named the person; an institute edits its own state's people. */
  @Index()
  @Column('uuid', { nullable: true })
  stateId: string | null;

  @ManyToOne(() => State, { onDelete: 'RESTRICT' })
  @JoinColumn()
  state?: Relation<State>;

  @Field({ description: 'Full name as the source writes it, without honorific.' })
  @Column('text')
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Honorific or title written before the name, e.g. "Lic.", "Ing.", "C.".',
  })
  @Column('text', { nullable: true })
  honorificPrefix: string | null;
}
