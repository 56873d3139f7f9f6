import { useRef, type ReactNode } from 'react';
import { Alert } from '@mui/material';
import {
  Edit,
  EditButton,
  HttpError,
  SaveButton,
  Toolbar,
  useNotify,
  usePermissions,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { canDo } from '../providers/auth-provider.js';
import { staleMessage } from './stale-message.js';
import { RecordName } from './fields.js';

type Versioned = RaRecord & { version?: number };

/**
 * An Edit screen with optimistic locking. The version the user started editing from is kept
 * when the form loads and sent as `expectedVersion` (not the record's current version: a
 * background refetch would otherwise move it forward and a stale edit would silently win).
 * A STALE_VERSION refusal shows the server's message plus "changed meanwhile"; nothing is
 * written. Without the capability the screen shows "not allowed" (the server refuses anyway).
 */
export function LockedEdit({
  capability,
  children,
  edit,
}: {
  capability: string;
  children: ReactNode;
  /** Loads the resource's fuller edit document (ResourceDef.editOne). */
  edit?: boolean;
}) {
  const { permissions, isPending } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const started = useRef<number | undefined>(undefined);

  if (isPending) return null;
  if (!canDo(permissions, capability))
    return (
      <Alert severity="warning" sx={{ m: 2 }}>
        {translate('hub.errors.forbidden')}
      </Alert>
    );

  return (
    <Edit
      title={<RecordName />}
      mutationMode="pessimistic"
      redirect="show"
      queryOptions={edit ? { meta: { edit: true } } : undefined}
      transform={(data: Versioned) => ({ ...data, expectedVersion: started.current ?? data.version })}
      mutationOptions={{
        onError: (error: unknown) => {
          const code = error instanceof HttpError ? (error.body as { code?: string })?.code : undefined;
          const message = error instanceof Error ? error.message : String(error);
          notify(staleMessage(code, message, translate), { type: 'error' });
        },
      }}
    >
      <VersionLock onVersion={(v) => (started.current ??= v)} />
      {children}
    </Edit>
  );
}

/** Edit forms save; records are never deleted (react-admin's default toolbar offers Delete). */
export function SaveOnlyToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

/** Notes the version of the record as first loaded into the form. */
function VersionLock({ onVersion }: { onVersion: (version: number) => void }) {
  const record = useRecordContext<Versioned>();
  if (typeof record?.version === 'number') onVersion(record.version);
  return null;
}

/** The Edit button of a show page: present only when the user may edit this record. */
export function GuardedEditButton<R extends RaRecord>({
  capability,
  applies,
  role,
}: {
  capability: string;
  applies?: (record: R) => boolean;
  /** When only one role may edit (partners: the platform admin). */
  role?: string;
}) {
  const record = useRecordContext<R>();
  const { permissions } = usePermissions<{ role: string }>();
  if (!record || !canDo(permissions, capability)) return null;
  if (role && permissions?.role !== role) return null;
  if (applies && !applies(record)) return null;
  return <EditButton data-capability={capability} />;
}
