import { createContext, useContext, useRef, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { NumberInput, TextInput, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { DisableApiClient, EnableApiClient, IssueApiKey, RevokeApiKey, RotateApiKey } from './mutations.js';
import { localDayPlus } from '../../common/format.js';
import { DayInput } from '../../common/DayInput.js';

type ClientRecord = { id: string; name: string; disabledAt?: string | null };
type KeyRecord = { id: string; prefix: string; active: boolean; revokedAt?: string | null };

/**
 * The whole key exists in the browser only between the mutation's answer and the closing of
 * this dialog: it is held in component state, never in react-admin's store or the URL, and
 * the hub keeps only its hash, so it cannot be shown again.
 */
const ShowSecret = createContext<(key: string) => void>(() => undefined);

export function SecretKeyProvider({ children }: { children: ReactNode }) {
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <ShowSecret.Provider value={setSecret}>
      {children}
      <SecretKeyDialog secret={secret} onClose={() => setSecret(null)} />
    </ShowSecret.Provider>
  );
}

function SecretKeyDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
    } catch {
      // No clipboard permission (plain HTTP, an old browser): select the text for Ctrl+C.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  const close = () => {
    setCopied(false);
    onClose();
  };
  return (
    <Dialog open={secret !== null} fullWidth maxWidth="sm" data-testid="issued-key-dialog">
      <DialogTitle>{translate('hub.access.keyIssued')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('hub.access.keyOnce')}
        </Alert>
        <MuiTextField
          value={secret ?? ''}
          inputRef={input}
          fullWidth
          slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'issued-key', spellCheck: false } }}
          onFocus={(e) => e.target.select()}
        />
      </DialogContent>
      <DialogActions>
        <Button startIcon={<ContentCopyIcon />} onClick={copy} data-testid="copy-key">
          {translate(copied ? 'hub.access.copied' : 'hub.access.copy')}
        </Button>
        <Button variant="contained" onClick={close} data-testid="close-key">
          {translate('hub.access.stored')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** `YYYY-MM-DD` (a date input) → the end of that day is not wanted: keys expire at 00:00 UTC. */
const expiry = (v: unknown) => (typeof v === 'string' && v !== '' ? `${v.slice(0, 10)}T00:00:00Z` : null);
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const inOneYear = () => localDayPlus(365);

/** Issues a key for the API client on the page; its secret opens in the one-time dialog. */
export function IssueKeyButton() {
  const show = useContext(ShowSecret);
  return (
    <ActionButton<ClientRecord>
      label="hub.access.issueKey"
      capability="manageAccess"
      applies={(r) => !r.disabledAt}
      recordName={(r) => r.name}
      mutation={IssueApiKey}
      defaultValues={() => ({ label: '', expiresAt: inOneYear() })}
      input={(v, r) => ({ apiClientId: r.id, label: text(v.label), expiresAt: expiry(v.expiresAt) })}
      onDone={(data) => {
        const key = (data.issueApiKey as { key?: string } | undefined)?.key;
        if (key) show(key);
      }}
    >
      <TextInput source="label" label="resources.apiClients.fields.label" fullWidth />
      <DayInput
        source="expiresAt"
        label="resources.apiClients.fields.expiresAt"
        helperText="hub.access.expiresHelp"
      />
    </ActionButton>
  );
}

/** Replaces a key: the new secret is shown once; the old key stops now or after the grace period. */
export function RotateKeyButton() {
  const show = useContext(ShowSecret);
  return (
    <ActionButton<KeyRecord>
      label="hub.access.rotateKey"
      capability="manageAccess"
      applies={(r) => r.active}
      recordName={(r) => `ahk_${r.prefix}_…`}
      mutation={RotateApiKey}
      defaultValues={() => ({ graceMinutes: 0, expiresAt: inOneYear() })}
      input={(v, r) => ({
        id: r.id,
        graceMinutes: v.graceMinutes === '' || v.graceMinutes == null ? 0 : Number(v.graceMinutes),
        expiresAt: expiry(v.expiresAt),
      })}
      onDone={(data) => {
        const key = (data.rotateApiKey as { key?: string } | undefined)?.key;
        if (key) show(key);
      }}
    >
      <NumberInput
        source="graceMinutes"
        label="hub.access.graceMinutes"
        helperText="hub.access.graceHelp"
        min={0}
        step={1}
      />
      <DayInput
        source="expiresAt"
        label="resources.apiClients.fields.expiresAt"
        helperText="hub.access.expiresHelp"
      />
    </ActionButton>
  );
}

/** Stops a key at once (and closes its open sockets), after a confirmation. */
export function RevokeKeyButton() {
  return (
    <ActionButton<KeyRecord>
      label="hub.access.revokeKey"
      capability="manageAccess"
      applies={(r) => !r.revokedAt}
      recordName={(r) => `ahk_${r.prefix}_…`}
      mutation={RevokeApiKey}
      input={(_v, r) => ({ id: r.id })}
      warning="hub.access.revokeWarning"
      color="error"
    />
  );
}

/** Stops the whole client (every key, its open sockets) after a confirmation, with a reason. */
export function DisableClientButton() {
  return (
    <ActionButton<ClientRecord>
      label="hub.access.disableClient"
      capability="manageAccess"
      applies={(r) => !r.disabledAt}
      recordName={(r) => r.name}
      mutation={DisableApiClient}
      defaultValues={() => ({ reason: '' })}
      input={(v, r) => ({ id: r.id, reason: text(v.reason) })}
      warning="hub.access.disableWarning"
      color="error"
    >
      <TextInput source="reason" label="hub.access.statusReason" fullWidth multiline />
    </ActionButton>
  );
}

/**
 * Undoes the disabling, after a confirmation, with a reason: the keys that were not revoked work
 * again (the warning says to revoke a leaked one first, which a disabled client's keys allow).
 */
export function EnableClientButton() {
  return (
    <ActionButton<ClientRecord>
      label="hub.access.enableClient"
      capability="manageAccess"
      applies={(r) => !!r.disabledAt}
      recordName={(r) => r.name}
      mutation={EnableApiClient}
      defaultValues={() => ({ reason: '' })}
      input={(v, r) => ({ id: r.id, reason: text(v.reason) })}
      warning="hub.access.enableWarning"
    >
      <TextInput source="reason" label="hub.access.statusReason" fullWidth multiline />
    </ActionButton>
  );
}
