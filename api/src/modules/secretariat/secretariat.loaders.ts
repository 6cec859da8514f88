import { byId, manyBy, manyThrough } from '../../common/loaders';
import { Membership } from './membership.entity';
import { Post } from './post.entity';
import { Secretariat } from './secretariat.entity';

export const secretariatById = byId(Secretariat);
export const secretariatsByExercise = manyBy(Secretariat, 'exerciseId');
export const postById = byId(Post);
export const membershipById = byId(Membership);
export const postsBySecretariat = manyBy(Post, 'secretariatId', { sector: 'ASC', role: 'ASC', label: 'ASC' });
export const membershipsByPost = manyBy(Membership, 'postId', { startDate: 'ASC' });
export const membershipsByPerson = manyBy(Membership, 'personId', { startDate: 'ASC' });
export const membershipsBySecretariat = manyThrough(
  Membership,
  { entity: Post, keyColumn: 'secretariatId', on: 'l.id = r.postId' },
  { startDate: 'ASC' },
);
