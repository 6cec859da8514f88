import { QueryFailedError } from 'typeorm';
import { TestApi } from '../support/api';

/** The database itself refuses what the rules forbid, whatever code writes to it. Each case runs in a rolled-back transaction. */
describe('constraints in the database', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.open();
  });
  afterAll(() => api.close());

  const one = async (sql: string) => (await api.dataSource.query(sql))[0];
  const refuses = async (sql: string, constraint: RegExp) => {
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await expect(runner.query(sql)).rejects.toThrow(QueryFailedError);
      await runner.rollbackTransaction();
      await runner.startTransaction();
      const error = await runner
        .query(sql)
        .catch((e: QueryFailedError & { constraint?: string; message: string }) => e);
      expect(`${(error as { constraint?: string }).constraint ?? ''} ${(error as Error).message}`).toMatch(constraint);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  };

  it('refuses negative pages', async () => {
    const { id } = await one(`SELECT id FROM information_delivery WHERE pages IS NOT NULL LIMIT 1`);
    await refuses(
      `UPDATE information_delivery SET pages = -1 WHERE id = '${id}'`,
      /information_delivery_pages_not_negative/,
    );
  });

  it('refuses a page count without its qualifier', async () => {
    const { id } = await one(`SELECT id FROM information_delivery WHERE pages IS NOT NULL LIMIT 1`);
    await refuses(
      `UPDATE information_delivery SET pages_qualifier = NULL WHERE id = '${id}'`,
      /information_delivery_pages_qualified/,
    );
  });

  it('refuses an end before the start, at any precision', async () => {
    const { id } = await one(`SELECT id FROM event WHERE end_date IS NOT NULL LIMIT 1`);
    await refuses(
      `UPDATE event SET start_date = '2015-05-15', end_date = '2015-04' WHERE id = '${id}'`,
      /event_dates_in_order/,
    );
  });

  it('accepts an end in the same month as a precise start', async () => {
    const { id } = await one(`SELECT id FROM event WHERE end_date IS NOT NULL LIMIT 1`);
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await expect(
        runner.query(`UPDATE event SET start_date = '2015-05-15', end_date = '2015-05' WHERE id = '${id}'`),
      ).resolves.toBeDefined();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('refuses impossible partial dates', async () => {
    const { id } = await one(`SELECT id FROM session LIMIT 1`);
    await refuses(`UPDATE session SET date = '2017-02-30' WHERE id = '${id}'`, /session_date_valid/);
    await refuses(`UPDATE session SET date = '17-02' WHERE id = '${id}'`, /session_date_valid/);
  });

  it('refuses a second session with the same number, type and secretariat', async () => {
    await refuses(
      `INSERT INTO session (secretariat_id, type, number, date) SELECT secretariat_id, type, number, '2018-01-01' FROM session WHERE type = 'ORDINARY' AND number = 1`,
      /duplicate key|IDX_/,
    );
  });

  it('refuses a membership that ends before it starts', async () => {
    const { id } = await one(`SELECT id FROM membership WHERE start_date IS NOT NULL LIMIT 1`);
    await refuses(`UPDATE membership SET end_date = start_date WHERE id = '${id}'`, /membership_dates_in_order/);
  });

  it('refuses an agreement that belongs to both a session and a meeting, or to neither', async () => {
    const { id } = await one(`SELECT id FROM agreement WHERE session_id IS NOT NULL LIMIT 1`);
    await refuses(
      `UPDATE agreement SET event_id = (SELECT id FROM event LIMIT 1) WHERE id = '${id}'`,
      /agreement_has_one_origin/,
    );
    await refuses(`UPDATE agreement SET session_id = NULL WHERE id = '${id}'`, /agreement_has_one_origin/);
  });

  it('refuses a milestone marked done without evidence', async () => {
    await refuses(
      `INSERT INTO milestone (commitment_id, position, title, weight, status) SELECT id, 1, 'x', 1, 'DONE' FROM commitment LIMIT 1`,
      /milestone_done_has_evidence/,
    );
  });

  it('refuses to delete an organisation other records point at', async () => {
    await refuses(`DELETE FROM organization WHERE slug = 'icai'`, /foreign key|FK_/);
  });

  it('refuses more responses than recipients', async () => {
    await refuses(
      `UPDATE information_request SET responded_count = 39 WHERE recipient_count = 38`,
      /information_request_responded_le_recipients/,
    );
  });
});
