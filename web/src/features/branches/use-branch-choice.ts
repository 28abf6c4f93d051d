import { useState } from 'react';
import { readJson, writeJson } from '@/lib/storage';
import type { Branch } from './api/branch';

const KEY = 'astroaxis.branch';

/**
 * The branch the user is working with, remembered on this device so a tablet in a shop
 * opens on its own branch. Falls back to the first branch the user may access.
 */
export function useBranchChoice(
  branches: readonly Branch[] | null,
): [string, (id: string) => void] {
  const [chosen, setChosen] = useState<string>(() => {
    const stored = readJson('local', KEY);
    return typeof stored === 'string' ? stored : '';
  });
  const valid = branches?.some((branch) => branch.id === chosen) ?? false;
  const current = valid ? chosen : (branches?.[0]?.id ?? '');
  const choose = (id: string) => {
    setChosen(id);
    writeJson('local', KEY, id);
  };
  return [current, choose];
}

/** The branch's name by id, for tables that only carry ids. */
export function branchNames(branches: readonly Branch[]): Map<string, string> {
  return new Map(branches.map((branch) => [branch.id, branch.name]));
}
