import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A Mexican state (entidad federativa), identified by the codes people already use.' })
@Entity()
export class State {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'ISO 3166-2:MX code, the public key of a state, e.g. "MX-COA".' })
  @Column('text', { unique: true })
  code: string;

  @Field({ description: 'INEGI entity key (CVE_ENT, two digits), e.g. "05" for Coahuila.' })
  @Column('char', { length: 2, unique: true })
  inegiKey: string;

  @Field({ description: 'Official name, e.g. "Coahuila de Zaragoza".' })
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true, description: 'Open Civic Data division id, where one exists.' })
  @Column('text', { nullable: true })
  ocdId: string | null;
}
