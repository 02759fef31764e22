import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_DATABASE_URL } from '@/lib/constants';

export type DatabaseLocation =
  | { provider: 'sqlite'; path: string }
  | { provider: 'postgresql'; url: string };

class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** DATABASE_URL, or the default file under var/. */
export function configuredDatabaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** `file:` paths are taken relative to the working directory, the project root for every script. */
export function parseDatabaseUrl(url: string): DatabaseLocation {
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '' || path === ':memory:') {
      throw new DatabaseUrlError(`${url}: the catalogue needs a database file, not memory`);
    }
    return { provider: 'sqlite', path: isAbsolute(path) ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', url };
  throw new DatabaseUrlError(`${url}: expected file:<path> or postgresql://…`);
}
