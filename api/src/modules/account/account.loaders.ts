import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { LoaderFactory } from '../../common/loaders';
import { StaffAccount } from './staff-account.entity';

/**
 * The accounts that wrote the audit rows a viewer may already read (the audit resolvers check
 * that): accounts are never readable as records, but who made a change is part of its history.
 */
export const authorById: LoaderFactory<string, StaffAccount | null> = (manager) =>
  new DataLoader(async (ids) => {
    const found = new Map(
      (await manager.findBy(StaffAccount, { id: In([...ids]) })).map((account) => [account.id, account]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
