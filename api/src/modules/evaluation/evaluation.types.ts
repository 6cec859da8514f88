import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({
  description: "A commitment's score on one criterion of an evaluation rubric; null when the score is unknown.",
})
export class CriterionScore {
  criterionId: string;

  /** The stored score row, when there is one the viewer may see. */
  scoreId: string | null;

  @Field(() => Float, { nullable: true, description: 'The score; null when unknown (never invented).' })
  score: number | null;
}
