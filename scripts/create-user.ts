// Bootstraps a staff account on a database without demo data (production): the first platform
// admin has nobody to create it through the API. Runs the same domain command as the
// `createUser` mutation, as the system actor, so the account's creation is an audit event.
//   DATABASE_URL=… HUB_PASSWORD=… npm run create-user -- --username ops --name "运维 Ops" [--role PLATFORM_ADMIN]
import { parseArgs } from 'node:util';
import { openScriptDatabase } from './open-script-database.js';
import { systemViewer } from '../server/auth/viewer.js';
import { createUser, USER_ROLES } from '../server/domain/access/create-user.js';
import { DomainError } from '../server/domain/errors.js';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'PLATFORM_ADMIN' },
    'insurer-id': { type: 'string' },
    'provider-id': { type: 'string' },
  },
});
const password = process.env.HUB_PASSWORD;
if (!values.username || !values.name || !password) {
  console.error('usage: HUB_PASSWORD=<password> npm run create-user -- --username <name> --name <display name> [--role ROLE]');
  console.error(`roles: ${USER_ROLES.join(', ')}`);
  process.exit(2);
}

const { database } = await openScriptDatabase('create-user');
try {
  const { user, auditSeq } = await createUser(
    { actor: systemViewer, requestId: 'create-user-script' },
    {
      username: values.username,
      password,
      displayName: values.name,
      role: values.role as (typeof USER_ROLES)[number],
      insurerId: values['insurer-id'] ?? null,
      providerId: values['provider-id'] ?? null,
    },
  );
  console.log(`created ${user.role} ${user.username} (audit event ${auditSeq})`);
} catch (error) {
  console.error(error instanceof DomainError ? `create-user: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
