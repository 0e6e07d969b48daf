import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const dbClient = {
  group: ['@/prisma/generated/*', '**/prisma/generated/*', '@prisma/client', '@prisma/adapter-pg', '@/server/db', '**/server/db'],
  message: 'Only server/ (and prisma/, scripts/) may touch the database client. Go through a data-access function.',
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', 'node_modules/**', 'prisma/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'],
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'e2e/**', 'proxy.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbClient] }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [dbClient, { group: ['@/server/*', '**/server/*'], message: 'Components call actions or routes; they never import server/.' }] },
      ],
    },
  },
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            dbClient,
            { group: ['react', 'react-dom', 'next', 'next/*', '@/server/*', '@/components/*', '@/app/*', 'node:*'], message: 'lib/ is pure and isomorphic: zod and TypeScript only.' },
          ],
        },
      ],
    },
  },
  {
    // Tests of lib/ may read fixtures from disk; the code under test stays pure.
    files: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [dbClient] }] },
  },
];

export default config;
