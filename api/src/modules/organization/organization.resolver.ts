import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { whereExerciseBy } from '../../common/exercise-filter';
import type { Context } from '../../common/context';
import { whereId, whereSearch } from '../../common/filters';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { createReadResolver } from '../../common/read-resolver';
import { Municipality } from '../place/municipality.entity';
import { municipalityById } from '../place/place.loaders';
import { Organization } from './organization.entity';
import { OrganizationFilter, OrganizationOrderField, PersonFilter, PersonOrderField } from './organization.inputs';
import { organizationById, organizationsByParent, personById } from './organization.loaders';
import { Person } from './person.entity';

/** Organisations involved in an exercise: through its commitments, events, agreements or as one of its sector bodies. */
const involvedIn = (exercise: string) => `(
  r.id IN (SELECT co.organization_id FROM commitment_organization co JOIN commitment c ON c.id = co.commitment_id JOIN action_plan p ON p.id = c.plan_id WHERE p.exercise_id = ${exercise})
  OR r.id IN (SELECT eo.organization_id FROM event_organization eo JOIN event e ON e.id = eo.event_id WHERE e.exercise_id = ${exercise})
  OR r.id IN (SELECT ar.organization_id FROM agreement_responsible ar JOIN agreement a ON a.id = ar.agreement_id
              LEFT JOIN session s ON s.id = a.session_id LEFT JOIN secretariat t ON t.id = s.secretariat_id LEFT JOIN event e ON e.id = a.event_id
              WHERE t.exercise_id = ${exercise} OR e.exercise_id = ${exercise})
  OR r.id IN (SELECT unnest(ARRAY[x.guarantor_id, x.local_authority_id, x.evaluator_id]) FROM exercise x WHERE x.id = ${exercise})
)`;

@Resolver(() => Organization)
export class OrganizationResolver extends createReadResolver({
  type: Organization,
  name: 'Organization',
  single: 'organization',
  plural: 'organizations',
  listDescription: 'Public bodies, civil-society organisations and other organisations.',
  byId: organizationById,
  filter: OrganizationFilter,
  applyFilter: (qb, filter: OrganizationFilter) => {
    if (filter.kinds?.length) qb.andWhere('r.kind IN (:...kinds)', { kinds: filter.kinds });
    whereId(qb, 'r.parentId', filter.parentId, 'filter.parentId');
    whereExerciseBy(qb, filter, involvedIn);
    whereSearch(qb, ['r.name', 'r.abbreviation'], filter.search, 'filter.search');
  },
  orderFields: OrganizationOrderField,
  orderColumns: { NAME: 'r.name', KIND: 'r.kind' },
  defaultOrder: OrganizationOrderField.NAME,
}) {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation this one is part of.' })
  parent(@Root() organization: Organization, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, organization.parentId);
  }

  @FieldResolver(() => [Organization], { description: 'Organisations that are part of this one.' })
  children(@Root() organization: Organization, @Ctx() ctx: Context) {
    return ctx.loaders.get(organizationsByParent).load(organization.id);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'For municipal bodies, their municipality.' })
  municipality(@Root() organization: Organization, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, municipalityById, organization.municipalityId);
  }
}

@Resolver(() => Person)
export class PersonResolver extends createReadResolver({
  type: Person,
  name: 'Person',
  single: 'person',
  plural: 'people',
  listDescription: 'People named in exercises.',
  byId: personById,
  filter: PersonFilter,
  applyFilter: (qb, filter: PersonFilter) => {
    whereSearch(qb, ['r.name'], filter.search, 'filter.search');
    if (filter.secretariatId != null) {
      qb.andWhere(
        'r.id IN (SELECT m.person_id FROM membership m JOIN post p ON p.id = m.post_id WHERE p.secretariat_id = :secretariatId)',
        {
          secretariatId: assertUuid(filter.secretariatId, 'filter.secretariatId'),
        },
      );
    }
  },
  orderFields: PersonOrderField,
  orderColumns: { NAME: 'r.name' },
  defaultOrder: PersonOrderField.NAME,
}) {}
