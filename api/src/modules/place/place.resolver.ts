import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { whereEquals, whereId, whereSearch } from '../../common/filters';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Municipality } from './municipality.entity';
import {
  MunicipalityFilter,
  MunicipalityOrderField,
  RegionFilter,
  RegionOrderField,
  StateFilter,
  StateOrderField,
  VenueFilter,
  VenueOrderField,
} from './place.inputs';
import {
  municipalitiesByRegion,
  municipalitiesByState,
  municipalityById,
  regionById,
  regionsByState,
  stateById,
  venueById,
} from './place.loaders';
import { Region } from './region.entity';
import { State } from './state.entity';
import { Venue } from './venue.entity';

const whereStateCode = (qb: Parameters<typeof whereEquals>[0], code: string | null | undefined) => {
  if (code != null)
    qb.andWhere('r.stateId = (SELECT s.id FROM state s WHERE s.code = :stateCode)', { stateCode: code.toUpperCase() });
};

@Resolver(() => State)
export class StateResolver extends createReadResolver({
  type: State,
  name: 'State',
  single: 'state',
  plural: 'states',
  listDescription: 'Mexican states.',
  byId: stateById,
  filter: StateFilter,
  applyFilter: (qb, filter: StateFilter) => whereSearch(qb, ['r.name'], filter.search, 'filter.search'),
  orderFields: StateOrderField,
  orderColumns: { NAME: 'r.name', INEGI_KEY: 'r.inegiKey', CODE: 'r.code' },
  defaultOrder: StateOrderField.INEGI_KEY,
}) {
  @Query(() => State, {
    description: 'A state by its ISO 3166-2:MX code, e.g. "MX-COA"; NOT_FOUND when there is none.',
  })
  async stateByCode(
    @Arg('code', { description: 'ISO 3166-2:MX code.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<State> {
    const state = await ctx.manager.findOneBy(State, { code: code.toUpperCase() });
    if (!state) throw notFound('State', code, 'code');
    return state;
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities of the state, by INEGI key.' })
  municipalities(@Root() state: State, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalitiesByState).load(state.id);
  }

  @FieldResolver(() => [Region], { description: 'Regions of the state, by name.' })
  regions(@Root() state: State, @Ctx() ctx: Context) {
    return ctx.loaders.get(regionsByState).load(state.id);
  }
}

@Resolver(() => Region)
export class RegionResolver extends createReadResolver({
  type: Region,
  name: 'Region',
  single: 'region',
  plural: 'regions',
  listDescription: 'Regions of states.',
  byId: regionById,
  filter: RegionFilter,
  applyFilter: (qb, filter: RegionFilter) => {
    whereId(qb, 'r.stateId', filter.stateId, 'filter.stateId');
    whereStateCode(qb, filter.stateCode);
  },
  orderFields: RegionOrderField,
  orderColumns: { NAME: 'r.name' },
  defaultOrder: RegionOrderField.NAME,
}) {
  @FieldResolver(() => State, { description: 'State the region belongs to.' })
  state(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.get(stateById).load(region.stateId);
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: "The region's seat (its main city), when the source names it.",
  })
  seat(@Root() region: Region, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, municipalityById, region.seatMunicipalityId);
  }

  @FieldResolver(() => [Municipality], {
    description: 'Municipalities known to belong to the region (the source may name only the seat).',
  })
  municipalities(@Root() region: Region, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalitiesByRegion).load(region.id);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver extends createReadResolver({
  type: Municipality,
  name: 'Municipality',
  single: 'municipality',
  plural: 'municipalities',
  listDescription: 'Municipalities, by INEGI key.',
  byId: municipalityById,
  filter: MunicipalityFilter,
  applyFilter: (qb, filter: MunicipalityFilter) => {
    whereId(qb, 'r.stateId', filter.stateId, 'filter.stateId');
    whereStateCode(qb, filter.stateCode);
    whereId(qb, 'r.regionId', filter.regionId, 'filter.regionId');
    whereEquals(qb, 'r.timeZone', filter.timeZone, 'filter.timeZone');
    whereSearch(qb, ['r.name'], filter.search, 'filter.search');
  },
  orderFields: MunicipalityOrderField,
  orderColumns: { NAME: 'r.name', CVEGEO: 'r.cvegeo' },
  defaultOrder: MunicipalityOrderField.CVEGEO,
}) {
  @FieldResolver(() => State, { description: 'State the municipality belongs to.' })
  state(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(stateById).load(municipality.stateId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Region the municipality belongs to, when known.' })
  region(@Root() municipality: Municipality, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, regionById, municipality.regionId);
  }
}

@Resolver(() => Venue)
export class VenueResolver extends createReadResolver({
  type: Venue,
  name: 'Venue',
  single: 'venue',
  plural: 'venues',
  listDescription: 'Venues where sessions and events were held.',
  byId: venueById,
  filter: VenueFilter,
  applyFilter: (qb, filter: VenueFilter) => {
    whereId(qb, 'r.municipalityId', filter.municipalityId, 'filter.municipalityId');
    whereSearch(qb, ['r.name'], filter.search, 'filter.search');
  },
  orderFields: VenueOrderField,
  orderColumns: { NAME: 'r.name' },
  defaultOrder: VenueOrderField.NAME,
}) {
  @FieldResolver(() => Municipality, { description: 'Municipality the venue is in (and so its time zone).' })
  municipality(@Root() venue: Venue, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(venue.municipalityId);
  }
}
