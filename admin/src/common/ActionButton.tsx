import { useRef, useState, type ReactNode } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { DocumentNode } from 'graphql';
import {
  Form,
  HttpError,
  RecordContextProvider,
  SaveButton,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import type { HubDataProvider } from '../providers/data/data-provider.js';
import { canDo } from '../providers/auth-provider.js';
import { formFieldFor } from '../providers/data/errors.js';

type FormMethods = UseFormReturn<Record<string, unknown>>;

/** Hands the dialog's form methods to the button, which sets the server's field errors with them. */
function FormMethodsRef({ into }: { into: { current: FormMethods | null } }) {
  into.current = useFormContext() as FormMethods;
  return null;
}

export interface ActionButtonProps<R extends RaRecord> {
  /** Message key of the action's name, e.g. `hub.actions.suspend`. */
  label: string;
  /** The capability the action needs (server/auth/capabilities.ts); without it the button is absent. */
  capability: string;
  /** Whether the action applies to the record in its current state (e.g. only ACTIVE can be suspended). */
  applies: (record: R) => boolean;
  mutation: DocumentNode;
  /** The mutation's `input` from the form's values and the record (ids, expectedVersion). */
  input: (values: Record<string, unknown>, record: R) => Record<string, unknown>;
  /** The form's inputs (reason, dates, amounts …); none for a plain confirmation. */
  children?: ReactNode;
  defaultValues?: (record: R) => Record<string, unknown>;
  /** Shown above the form, e.g. the 3-year ban of a termination. */
  warning?: string;
  /** Shown above the inputs, about the record (e.g. the amount the hub computed). */
  summary?: ReactNode;
  /** Shown inside the form, e.g. the amount the server computes for these values. */
  preview?: ReactNode;
  icon?: ReactNode;
  color?: 'primary' | 'secondary' | 'error' | 'warning' | 'inherit';
  /** The record's name in the dialog's title (default: its `number`). */
  recordName?: (record: R) => string;
  /** Called with the mutation's data after success (e.g. to navigate to a created record). */
  onDone?: (data: Record<string, unknown>) => void;
}

/**
 * One lifecycle action as a button with a confirmation dialog and its form. Absent when the
 * user lacks the capability or the record's state does not allow it (the server checks both
 * again). Server errors stay in the dialog: the message in the user's language and each
 * invalid field marked on its input (a fen path on the yuan input); a STALE_VERSION refusal
 * tells the user to reload, nothing is written. Only inputs the form has get an error (an
 * error on a name the form lacks would never clear and block every later submit), so the
 * clerk corrects the value and submits again in the same dialog.
 */
export function ActionButton<R extends RaRecord>(props: ActionButtonProps<R>) {
  const record = useRecordContext<R>();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<FormMethods | null>(null);

  if (!record || !canDo(permissions, props.capability) || !props.applies(record)) return null;
  const name = translate(props.label);
  const title = translate('hub.actions.confirmTitle', {
    action: name,
    name: props.recordName?.(record) ?? (record as { number?: string }).number ?? '',
  });

  const submit = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      const data = await dataProvider.command(props.mutation, { input: props.input(values, record) });
      setOpen(false);
      notify(translate('hub.actions.done', { action: name }), { type: 'success' });
      refresh();
      props.onDone?.(data);
      return undefined;
    } catch (e) {
      const body =
        e instanceof HttpError
          ? (e.body as { code?: string; errors?: Record<string, unknown> } | undefined)
          : undefined;
      setError(
        body?.code === 'STALE_VERSION'
          ? `${e instanceof Error ? e.message : ''} ${translate('hub.errors.stale')}`
          : e instanceof Error
            ? e.message
            : String(e),
      );
      const { root: _root, ...fieldErrors } = body?.errors ?? {};
      const methods = form.current;
      if (methods) {
        const values = methods.getValues();
        // A registered input has a value entry; its rendered element names it as well.
        const has = (name: string) =>
          name in values || document.querySelector(`[role="dialog"] [name="${CSS.escape(name)}"]`) !== null;
        for (const [path, message] of Object.entries(fieldErrors)) {
          const name = formFieldFor(path, has);
          if (name)
            methods.setError(name, { type: 'server', message: String(message) }, { shouldFocus: true });
        }
      }
      return undefined;
    }
  };

  return (
    <>
      <Button
        size="small"
        color={props.color ?? 'primary'}
        startIcon={props.icon}
        onClick={() => {
          // A refusal belongs to the attempt it answered: a reopened dialog starts clean.
          setError(null);
          setOpen(true);
        }}
        data-action={props.label}
        data-capability={props.capability}
      >
        {name}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-label={title}>
        {/* The dialog shows the server's message itself (below) and marks the fields; react-admin's
            generic "form invalid" toast would only repeat it less precisely. */}
        <Form
          onSubmit={submit as never}
          defaultValues={props.defaultValues?.(record)}
          record={{}}
          disableInvalidFormNotification
        >
          <FormMethodsRef into={form} />
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {/* The form keeps its own (empty) record so that inputs start from defaultValues;
                what the dialog shows about the action's record reads it from this context. */}
            <RecordContextProvider value={record}>
              {props.warning ? (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  {translate(props.warning)}
                </Alert>
              ) : null}
              {props.summary}
            </RecordContextProvider>
            {props.children}
            {props.preview}
            {error ? (
              <Alert severity="error" sx={{ mt: 2 }} role="alert">
                {error}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('hub.actions.cancel')}</Button>
            <SaveButton label={translate('hub.actions.confirm')} icon={<span />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
