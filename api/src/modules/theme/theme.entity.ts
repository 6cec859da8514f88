import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { Exercise } from '../exercise/exercise.entity';

@ObjectType({
  implements: SourcedRecord,
  description: 'A theme under which an exercise\'s working tables gathered problems, e.g. "Seguridad y justicia".',
})
@Entity()
@Index(['exerciseId', 'name'], { unique: true })
export class Theme extends SourcedRecord {
  @Column('uuid')
  exerciseId: string;

  @ManyToOne(() => Exercise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  exercise?: Relation<Exercise>;

  @Field({ description: 'Name of the theme, in the source language.' })
  @Column('text')
  name: string;
}
