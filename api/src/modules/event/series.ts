import { publicCondition } from '../../common/public-reach';

/**
 * Each event counted once: a series whose parts are recorded (the sensitization talks of 2015)
 * counts and shows as those parts, so lists, statistics and the calendar say "five talks", as the
 * report does, not six. `datedParts`: only parts with a date replace the series (the calendar,
 * which can only show dated entries). SQL over an event aliased `e`.
 */
export const countedOnce = (e: string, { datedParts = false } = {}) =>
  `NOT EXISTS (SELECT 1 FROM event part WHERE part.parent_id = ${e}.id${datedParts ? ' AND part.start_date IS NOT NULL' : ''} AND ${publicCondition('event', 'part')})`;
