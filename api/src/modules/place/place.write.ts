import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Resolver } from 'type-graphql';
import { RecordInput } from '../../common/record-input';
import { SHORT_TEXT } from '../../common/field-limits';
import { createWriteResolver } from '../../common/write-resolver';
import { Region } from './region.entity';
import { Venue } from './venue.entity';

@InputType({ description: 'A region of a state.' })
export class RegionInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The state (required on create).' })
  stateId?: string;

  @Field({ nullable: true, description: 'Name of the region (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;

  @Field(() => ID, { nullable: true, description: "The region's seat (main municipality)." })
  seatMunicipalityId?: string | null;
}

@Resolver(() => Region)
export class RegionWriteResolver extends createWriteResolver(
  { entity: Region, name: 'Region', required: ['stateId', 'name'] },
  RegionInput,
  { create: 'createRegion', update: 'updateRegion', delete: 'deleteRegion', restore: 'restoreRegion' },
) {}

@InputType({ description: 'A venue where sessions and events are held.' })
export class VenueInput extends RecordInput {
  @Field(() => ID, { nullable: true, description: 'The municipality it is in (required on create).' })
  municipalityId?: string;

  @Field({ nullable: true, description: 'Name of the venue (required on create).' })
  @MaxLength(SHORT_TEXT)
  name?: string;
}

@Resolver(() => Venue)
export class VenueWriteResolver extends createWriteResolver(
  { entity: Venue, name: 'Venue', required: ['municipalityId', 'name'] },
  VenueInput,
  { create: 'createVenue', update: 'updateVenue', delete: 'deleteVenue', restore: 'restoreVenue' },
) {}
