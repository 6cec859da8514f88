import { MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { ABBREVIATION, LONG_TEXT, SHORT_TEXT } from '../../common/field-limits';
import { PartialDateScalar } from '../../common/scalars';
import { createWriteResolver } from '../../common/write-resolver';
import { Membership } from './membership.entity';
import { Post } from './post.entity';
import { Secretariat } from './secretariat.entity';
import { SeatRole, Sector } from './secretariat.enums';

@InputType({ description: 'How many seats the source says a sector has.' })
export class DeclaredSeatsInput {
  @Field(() => Sector, { description: 'The sector.' })
  sector: Sector;

  @Field(() => Int, { description: 'Seats declared, e.g. 2 for "2 representantes del Órgano Garante".' })
  @Min(0)
  seats: number;
}

@InputType({ description: 'A Technical Secretariat.' })
export class SecretariatInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The exercise it runs (required on create).' })
  exerciseId?: string;

  @Field({ nullable: true, description: 'Name (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;

  @Field(() => String, { nullable: true, description: 'Abbreviation.' })
  @MaxLength(ABBREVIATION)
  abbreviation?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it was installed.' })
  installedOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order of installation in the country.' })
  @Min(1)
  nationalOrder?: number | null;

  @Field(() => String, { nullable: true, description: 'How it decides.' })
  @MaxLength(LONG_TEXT)
  decisionRule?: string | null;

  @Field(() => [DeclaredSeatsInput], {
    nullable: true,
    description: 'Seats per sector as the source declares them; sectors it gives no figure for are left out.',
  })
  declaredSeats?: DeclaredSeatsInput[] | null;
}

@Resolver(() => Secretariat)
export class SecretariatWriteResolver extends createWriteResolver(
  { entity: Secretariat, name: 'Secretariat', required: ['exerciseId', 'name'] },
  SecretariatInput,
  {
    create: 'createSecretariat',
    update: 'updateSecretariat',
    delete: 'deleteSecretariat',
    restore: 'restoreSecretariat',
  },
) {}

@InputType({ description: 'A seat of a Secretariat.' })
export class PostInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The Secretariat (required on create).' })
  secretariatId?: string;

  @Field({ nullable: true, description: 'Label (required on create).' })
  @MaxLength(SHORT_TEXT)
  label?: string;

  @Field(() => SeatRole, { nullable: true, description: 'Kind of seat (required on create).' })
  role?: SeatRole;

  @Field(() => Sector, { nullable: true, description: 'Sector.' })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true, description: 'Region, for regional liaisons.' })
  regionId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the seat votes; null when the source does not say.' })
  voting?: boolean | null;
}

@Resolver(() => Post)
export class PostWriteResolver extends createWriteResolver(
  { entity: Post, name: 'Post', required: ['secretariatId', 'label', 'role'] },
  PostInput,
  { create: 'createPost', update: 'updatePost', delete: 'deletePost', restore: 'restorePost' },
) {}

@InputType({ description: 'A person holding a seat over [startDate, endDate).' })
export class MembershipInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The seat (required on create).' })
  postId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The holder; may be null when the source names only the body (then onBehalfOfId is required).',
  })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation the holder sits for.' })
  onBehalfOfId?: string | null;

  @Field(() => String, { nullable: true, description: "The holder's title." })
  @MaxLength(SHORT_TEXT)
  title?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'First day held.' })
  startDate?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'First day no longer held; must come after startDate. Two holders of one seat may not overlap.',
  })
  endDate?: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'With no endDate: the last day the sources cover (inclusive).',
  })
  recordedUntil?: string | null;
}

@Resolver(() => Membership)
export class MembershipWriteResolver extends createWriteResolver(
  { entity: Membership, name: 'Membership', required: ['postId'], strictIntervals: [['startDate', 'endDate']] },
  MembershipInput,
  { create: 'createMembership', update: 'updateMembership', delete: 'deleteMembership', restore: 'restoreMembership' },
) {}
