import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Form,
  SaveButton,
  TextInput,
  required,
  useDataProvider,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import { canDo } from '../../providers/auth-provider.js';
import { ConfirmRuleHits } from './mutations.js';

/**
 * Confirms the selected hits as violations in one request (all or nothing: if one cannot be
 * confirmed, the server refuses the list and says which; nothing is written).
 */
export function BulkConfirmButton() {
  const { selectedIds } = useListContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('ruleHits');
  const dataProvider = useDataProvider<HubDataProvider>();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!canDo(permissions, 'handleRuleHits')) return null;
  const label = translate('hub.review.bulkConfirm');

  const submit = async (values: Record<string, unknown>) => {
    setError(null);
    try {
      await dataProvider.command(ConfirmRuleHits, {
        input: {
          items: selectedIds.map((id) => ({ ruleHitId: String(id) })),
          note: String(values.note ?? '').trim(),
        },
      });
      setOpen(false);
      notify(translate('hub.actions.done', { action: label }), { type: 'success' });
      unselectAll();
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Button
        size="small"
        data-capability="handleRuleHits"
        onClick={() => {
          // A refusal belongs to the attempt it answered: a reopened dialog starts clean.
          setError(null);
          setOpen(true);
        }}
        data-action="hub.review.bulkConfirm"
      >
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm" aria-label={label}>
        <Form onSubmit={submit as never} record={{}}>
          <DialogTitle>
            {translate('hub.review.bulkConfirmTitle', { smart_count: selectedIds.length })}
          </DialogTitle>
          <DialogContent>
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('hub.review.bulkConfirmHint')}
            </Alert>
            <TextInput
              source="note"
              label="hub.review.decision"
              validate={required()}
              multiline
              minRows={3}
              fullWidth
            />
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
