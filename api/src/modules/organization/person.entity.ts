import { Column, Entity } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';

@ObjectType({ implements: SourcedRecord, description: 'A person named in an exercise (Popolo Person).' })
@Entity()
export class Person extends SourcedRecord {
  @Field({ description: 'Full name as the source writes it, without honorific.' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Honorific or title written before the name, e.g. "Lic.", "Ing.", "C.".' })
  @Column('text', { nullable: true })
  honorificPrefix: string | null;
}
