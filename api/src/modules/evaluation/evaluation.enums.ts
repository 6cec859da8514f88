import { registerEnumType } from 'type-graphql';

export enum CriterionDimension {
  QUALITY = 'QUALITY',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(CriterionDimension, {
  name: 'CriterionDimension',
  description: 'The attribute of a commitment an evaluation criterion belongs to.',
  valuesConfig: {
    QUALITY: { description: 'Quality of the commitment (calidad).' },
    RELEVANCE: { description: 'Potential relevance of the commitment (relevancia potencial).' },
  },
});

export enum RecommendationKind {
  EVALUATOR_RECOMMENDATION = 'EVALUATOR_RECOMMENDATION',
  NEXT_EXERCISE_RECOMMENDATION = 'NEXT_EXERCISE_RECOMMENDATION',
  AREA_OF_OPPORTUNITY = 'AREA_OF_OPPORTUNITY',
}

registerEnumType(RecommendationKind, {
  name: 'RecommendationKind',
  description: 'Where a recommendation or lesson comes from.',
  valuesConfig: {
    EVALUATOR_RECOMMENDATION: {
      description: "A recommendation arising from the national evaluator's evaluation of the plan.",
    },
    NEXT_EXERCISE_RECOMMENDATION: { description: 'A recommendation for continuing the exercise after this plan.' },
    AREA_OF_OPPORTUNITY: { description: 'An area of opportunity (área de oportunidad) the exercise found in itself.' },
  },
});
