import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A commitment\'s score on one criterion of an evaluation rubric; null when the score is unknown.' })
export class CriterionScore {
  criterionId: string;

  @Field(() => Float, { nullable: true, description: 'The score; null when unknown (never invented).' })
  score: number | null;
}
