import { defineRecordKind, exerciseVia, via, viaIfAny } from '../../common/record-kind';
import { Membership } from './membership.entity';
import { Post } from './post.entity';
import { Secretariat } from './secretariat.entity';

export const secretariatKind = defineRecordKind({
  table: 'secretariat',
  entity: Secretariat,
  reach: { record: [via('exercise_id', 'exercise')] },
  exercise: (a) => `${a}.exercise_id`,
  optionalColumns: ['decisionRule'],
});

export const postKind = defineRecordKind({
  table: 'post',
  entity: Post,
  reach: { record: [via('secretariat_id', 'secretariat')] },
  exercise: exerciseVia('secretariat_id', 'secretariat'),
});

export const membershipKind = defineRecordKind({
  table: 'membership',
  entity: Membership,
  reach: { record: [via('post_id', 'post'), viaIfAny('person_id', 'person')] },
  exercise: exerciseVia('post_id', 'post'),
  label: (a) =>
    `concat_ws(' · ', (SELECT p.name FROM person p WHERE p.id = ${a}.person_id), (SELECT o.name FROM organization o WHERE o.id = ${a}.on_behalf_of_id), (SELECT t.label FROM post t WHERE t.id = ${a}.post_id))`,
});
