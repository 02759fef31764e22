import { defineConfig } from 'prisma/config';
import { DEFAULT_DATABASE_URL } from './lib/constants';

// Only the stock CLI reads this (a user with internet access running `prisma migrate …`);
// the project's own commands take DATABASE_URL directly. `prisma generate` ignores the URL.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL },
});
