import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { Municipality } from './municipality.entity';

@ObjectType({ implements: SourcedRecord, description: 'A named place where sessions, meetings or events were held.' })
@Entity()
@Index(['municipalityId', 'name'], { unique: true })
export class Venue extends SourcedRecord {
  @Field({ description: 'Name of the venue as the source gives it.' })
  @Column('text')
  name: string;

  @Column('uuid')
  municipalityId: string;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  municipality?: Relation<Municipality>;
}
