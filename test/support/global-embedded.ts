import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createEmbeddedTemplate } from '../../server/db/embedded.js';

/** Migrates one embedded database for the whole run; each test file clones it (~0.4 s). */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-embedded-'));
  const file = path.join(dir, 'template.tar');
  const template = await createEmbeddedTemplate();
  await writeFile(file, Buffer.from(await template.dump.arrayBuffer()));
  project.provide('embeddedTemplate', file);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedTemplate: string;
    postgres: { url: string; superuserUrl: string; templateDb: string };
  }
}
