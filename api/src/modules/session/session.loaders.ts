import { byId, manyBy } from '../../common/loaders';
import { SessionAttendance } from './session-attendance.entity';
import { Session } from './session.entity';

export const sessionById = byId(Session);
export const sessionsBySecretariat = manyBy(Session, 'secretariatId', { date: 'ASC', type: 'ASC', number: 'ASC' });
export const attendanceBySession = manyBy(SessionAttendance, 'sessionId', { createdAt: 'ASC', id: 'ASC' });
export const sessionAttendanceById = byId(SessionAttendance);
