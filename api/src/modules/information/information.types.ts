import { Field, Int, ObjectType } from 'type-graphql';
import { CountQualifier } from '../event/event.enums';

@ObjectType({
  description:
    'Pages (fojas) delivered, added up over deliveries that count them. MORE_THAN when any of them is a lower bound ' +
    '("more than 2,737"); deliveries the source does not count are reported apart, never as zero pages.',
})
export class PagesDelivered {
  @Field(() => Int, { description: 'Sum of the pages counted.' })
  pages: number;

  @Field(() => CountQualifier, { description: 'EXACT, or MORE_THAN when the sum is a lower bound.' })
  qualifier: CountQualifier;

  @Field(() => Int, { description: 'Deliveries with a page count.' })
  deliveriesCounted: number;

  @Field(() => Int, { description: 'Deliveries the source describes without a page count.' })
  deliveriesWithoutPageCount: number;
}
