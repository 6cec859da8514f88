import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { State } from './state.entity';
import { Region } from './region.entity';

@ObjectType({ description: 'A municipality (municipio), by its INEGI key, with the time zone its events are held in.' })
@Entity()
@Index(['stateId', 'inegiKey'], { unique: true })
@Check('municipality_key_format', `inegi_key ~ '^[0-9]{3}$' AND cvegeo ~ '^[0-9]{5}$'`)
export class Municipality {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  stateId: string;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  state?: Relation<State>;

  @Column('uuid', { nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'SET NULL' })
  @JoinColumn()
  region?: Relation<Region>;

  @Field({ description: 'INEGI municipality key within its state (CVE_MUN, three digits), e.g. "030".' })
  @Column('char', { length: 3 })
  inegiKey: string;

  @Field({ description: 'INEGI geostatistical key (CVEGEO): state key + municipality key, e.g. "05030" for Saltillo.' })
  @Column('char', { length: 5, unique: true })
  cvegeo: string;

  @Field({ description: 'Official name, e.g. "Piedras Negras".' })
  @Column('text')
  name: string;

  @Field({
    description:
      'IANA time zone of the municipality, e.g. "America/Monterrey" or, on the US border, "America/Matamoros".',
  })
  @Column('text')
  timeZone: string;
}
