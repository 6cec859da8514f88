import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { SourcedRecord } from '../../common/sourced-record';
import { Region } from '../place/region.entity';
import { Secretariat } from './secretariat.entity';
import { SeatRole, Sector } from './secretariat.enums';

@ObjectType({
  implements: SourcedRecord,
  description: 'A seat in a Secretariat (Popolo Post): it exists even when empty; memberships say who held it when.',
})
@Entity()
export class Post extends SourcedRecord {
  @Index()
  @Column('uuid')
  secretariatId: string;

  @ManyToOne(() => Secretariat, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  secretariat?: Relation<Secretariat>;

  @Field({ description: 'Label of the seat, e.g. "Representante de la autoridad local".' })
  @Column('text')
  label: string;

  @Field(() => SeatRole, { description: 'Kind of seat.' })
  @Column({ type: 'enum', enum: SeatRole, enumName: 'seat_role' })
  role: SeatRole;

  @Field(() => Sector, {
    nullable: true,
    description: 'Sector the seat belongs to; null for the facilitator and the presidency.',
  })
  @Column({ type: 'enum', enum: Sector, enumName: 'sector', nullable: true })
  sector: Sector | null;

  @Column('uuid', { nullable: true })
  regionId: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn()
  region?: Relation<Region>;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the holder of this seat votes (regional liaisons have voice, not vote); null when the source does not say.',
  })
  @Column('boolean', { nullable: true })
  voting: boolean | null;
}
