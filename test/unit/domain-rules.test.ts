import { partialDateProblem, partialDateStart } from '../../api/src/common/partial-date';
import { pageWindow } from '../../api/src/common/pagination';
import { commitmentProgress, disputesStatus } from '../../api/src/modules/milestone/progress';
import { ReviewVerdict } from '../../api/src/modules/milestone/milestone-review.entity';
import { MilestoneStatus } from '../../api/src/modules/milestone/milestone.enums';
import { heldOn } from '../../api/src/modules/secretariat/membership-dates';

const milestone = (status: MilestoneStatus, weight = 1, completedOn: string | null = null, disputed = false) => ({
  status,
  weight,
  completedOn,
  disputed,
});

describe('commitment progress', () => {
  it('is unknown, not zero, without milestones', () => {
    expect(commitmentProgress([])).toMatchObject({
      percent: null,
      unknownReason: 'NO_MILESTONES',
      milestonesDone: 0,
      milestonesTotal: 0,
    });
  });

  it('is the weighted share of milestones done', () => {
    const progress = commitmentProgress([
      milestone(MilestoneStatus.DONE, 3, '2017-03-01'),
      milestone(MilestoneStatus.IN_PROGRESS, 1),
      milestone(MilestoneStatus.NOT_STARTED, 2),
    ]);
    expect(progress).toEqual({
      percent: 50,
      unknownReason: null,
      milestonesDone: 1,
      milestonesTotal: 3,
      milestonesDisputed: 0,
      lastCompletedOn: '2017-03-01',
    });
  });

  it('leaves cancelled milestones out of the measure', () => {
    expect(commitmentProgress([milestone(MilestoneStatus.DONE), milestone(MilestoneStatus.CANCELLED, 5)]).percent).toBe(
      100,
    );
    expect(commitmentProgress([milestone(MilestoneStatus.CANCELLED)])).toMatchObject({
      percent: null,
      unknownReason: 'NO_WEIGHTED_MILESTONES',
    });
  });

  it("counts the disputed milestones beside the percent, which stays the agency's report", () => {
    const progress = commitmentProgress([
      milestone(MilestoneStatus.DONE, 1, null, true),
      milestone(MilestoneStatus.NOT_STARTED),
      milestone(MilestoneStatus.CANCELLED, 1, null, true),
    ]);
    expect(progress).toMatchObject({ percent: 50, milestonesDone: 1, milestonesTotal: 2, milestonesDisputed: 1 });
  });

  it("takes each organisation's latest review, and only a dispute of the status the milestone reports now", () => {
    const review = (organizationId: string, verdict: ReviewVerdict, reviewedStatus: MilestoneStatus) => ({
      organizationId,
      verdict,
      reviewedStatus,
    });
    const done = { status: MilestoneStatus.DONE };
    expect(disputesStatus(done, [])).toBe(false);
    expect(disputesStatus(done, [review('a', ReviewVerdict.DISPUTED, MilestoneStatus.DONE)])).toBe(true);
    // Confirmed afterwards by the same organisation: no longer disputed.
    expect(
      disputesStatus(done, [
        review('a', ReviewVerdict.DISPUTED, MilestoneStatus.DONE),
        review('a', ReviewVerdict.CONFIRMED, MilestoneStatus.DONE),
      ]),
    ).toBe(false);
    // Another organisation still disputes it.
    expect(
      disputesStatus(done, [
        review('b', ReviewVerdict.DISPUTED, MilestoneStatus.DONE),
        review('a', ReviewVerdict.CONFIRMED, MilestoneStatus.DONE),
      ]),
    ).toBe(true);
    // A dispute of an earlier reported status does not carry over to the new one.
    expect(disputesStatus(done, [review('a', ReviewVerdict.DISPUTED, MilestoneStatus.IN_PROGRESS)])).toBe(false);
  });

  it('rounds to one decimal and reports the latest completion', () => {
    const progress = commitmentProgress([
      milestone(MilestoneStatus.DONE, 1, '2017-01'),
      milestone(MilestoneStatus.DONE, 1, '2017-05-02'),
      milestone(MilestoneStatus.NOT_STARTED),
    ]);
    expect(progress.percent).toBe(66.7);
    expect(progress.lastCompletedOn).toBe('2017-05-02');
  });
});

describe('seat holding over time', () => {
  const verastegui = { startDate: '2015-09-28', endDate: '2016-02-16', recordedUntil: null };
  it('is half-open: the successor holds the seat on the day the change takes effect', () => {
    expect(heldOn(verastegui, '2015-12-02')).toBe(true);
    expect(heldOn(verastegui, '2016-02-16')).toBe(false);
    expect(heldOn(verastegui, '2015-09-27')).toBe(false);
  });
  it('never assumes a holder whose start the source does not give', () => {
    expect(heldOn({ startDate: null, endDate: null, recordedUntil: null }, '2017-01-01')).toBe(false);
  });
  it('reads a month or a year as its first day', () => {
    expect(heldOn(verastegui, '2016-02')).toBe(true);
    expect(heldOn({ startDate: '2016', endDate: null, recordedUntil: null }, '2016-06-01')).toBe(true);
  });
  it('does not assume an open-ended holder still holds the seat after the last day the sources cover', () => {
    const covered = { startDate: '2015-09-28', endDate: null, recordedUntil: '2017-11-29' };
    expect(heldOn(covered, '2017-11-29')).toBe(true);
    expect(heldOn(covered, '2017-11-30')).toBe(false);
    expect(heldOn(covered, '2099-01-01')).toBe(false);
    expect(heldOn({ ...covered, recordedUntil: '2017-11' }, '2017-11-30')).toBe(true);
  });
});

describe('partial dates', () => {
  it.each([['2017'], ['2017-02'], ['2016-02-29']])('accepts %s', (value) =>
    expect(partialDateProblem(value)).toBeNull(),
  );
  it.each([['2017-02-29'], ['2017-13'], ['17'], ['2017-2-1'], ['2017-02-01T00:00']])('refuses %s', (value) =>
    expect(partialDateProblem(value)).not.toBeNull(),
  );
  it('starts a month on its first day', () => expect(partialDateStart('2017-02')).toBe('2017-02-01'));
});

describe('page windows', () => {
  it('defaults to the first 20', () => expect(pageWindow({})).toMatchObject({ offset: 0, limit: 20 }));
  it('counts back from a cursor with last/before', () => {
    const before = Buffer.from('offset:10').toString('base64url');
    expect(pageWindow({ last: 3, before })).toMatchObject({ offset: 7, limit: 3 });
  });
  it('never goes before the start', () => {
    const before = Buffer.from('offset:2').toString('base64url');
    expect(pageWindow({ last: 5, before })).toMatchObject({ offset: 0, limit: 2 });
  });
});
