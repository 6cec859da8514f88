import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { notFound } from '../../common/errors';
import { assertUuid } from '../../common/ids';
import { loadOptional } from '../../common/loaders';
import { Organization } from '../organization/organization.entity';
import { organizationById, personById } from '../organization/organization.loaders';
import { Person } from '../organization/person.entity';
import { Post } from '../secretariat/post.entity';
import { postById } from '../secretariat/secretariat.loaders';
import { SessionAttendance } from './session-attendance.entity';
import { Session } from './session.entity';
import { sessionAttendanceById, sessionById } from './session.loaders';

@Resolver(() => SessionAttendance)
export class SessionAttendanceResolver {
  @Query(() => SessionAttendance, {
    description:
      "One attendee of a session by id; NOT_FOUND when there is none (a session's attendees come with the session).",
  })
  async sessionAttendance(
    @Arg('id', () => ID, { description: 'Id of the SessionAttendance.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<SessionAttendance> {
    const record = await ctx.loaders.get(sessionAttendanceById).load(assertUuid(id, 'id'));
    if (!record) throw notFound('SessionAttendance', id);
    return record;
  }

  @FieldResolver(() => Session, { description: 'The session attended.' })
  session(@Root() attendance: SessionAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.get(sessionById).load(attendance.sessionId);
  }

  @FieldResolver(() => Post, {
    nullable: true,
    description: 'The seat present, when the source names the attendee by seat.',
  })
  post(@Root() attendance: SessionAttendance, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, postById, attendance.postId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The organisation that attended, when the source names it.',
  })
  organization(@Root() attendance: SessionAttendance, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, organizationById, attendance.organizationId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who attended, when the source names them.' })
  person(@Root() attendance: SessionAttendance, @Ctx() ctx: Context) {
    return loadOptional(ctx.loaders, personById, attendance.personId);
  }
}
