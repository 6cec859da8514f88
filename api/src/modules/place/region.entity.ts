import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { State } from './state.entity';
import { Municipality } from './municipality.entity';

@ObjectType({
  implements: SourcedRecord,
  description:
    'A region of a state, between which talks, tables and sessions rotate (Coahuila: Sureste, Laguna, Centro, Carbonífera, Norte).',
})
@Entity()
@Index(['stateId', 'name'], { unique: true })
export class Region extends SourcedRecord {
  @Column('uuid')
  stateId: string;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  state?: Relation<State>;

  @Field({ description: 'Name of the region, e.g. "Sureste".' })
  @Column('text')
  name: string;

  @Column('uuid', { nullable: true })
  seatMunicipalityId: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT' })
  @JoinColumn()
  seatMunicipality?: Relation<Municipality>;
}
