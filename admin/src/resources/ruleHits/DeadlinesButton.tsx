import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Form,
  NumberInput,
  SaveButton,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import { canDo } from '../../providers/auth-provider.js';
import { ReviewDeadlinesOne } from './queries.js';
import { UpdateReviewDeadlines } from './mutations.js';

const FIELDS = [
  'initialReviewDays',
  'reexaminationDays',
  'statementDays',
  'investigationDays',
  'handlingDays',
];
const days = [required(), minValue(1), maxValue(365)];

/** The insurer's days per handling step (insurer admins); open steps' due dates follow a change. */
export function DeadlinesButton() {
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [current, setCurrent] = useState<Record<string, number> | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!canDo(permissions, 'configureReview')) return null;
  const label = translate('hub.review.deadlines');

  const open = async () => {
    setError(null);
    const data = await dataProvider.command<{ reviewDeadlines: Record<string, number> | null }>(
      ReviewDeadlinesOne,
      {},
    );
    if (data.reviewDeadlines) setCurrent(data.reviewDeadlines);
  };
  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.command(UpdateReviewDeadlines, {
        input: Object.fromEntries(FIELDS.map((f) => [f, Number(values[f])])),
      });
      setCurrent(null);
      notify(translate('hub.actions.done', { action: label }), { type: 'success' });
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Button size="small" onClick={() => void open()} data-action="hub.review.deadlines" data-capability="configureReview">
        {label}
      </Button>
      <Dialog
        open={current !== null}
        onClose={() => setCurrent(null)}
        fullWidth
        maxWidth="xs"
        aria-label={label}
      >
        {current ? (
          <Form onSubmit={submit as never} defaultValues={current} record={{}}>
            <DialogTitle>{label}</DialogTitle>
            <DialogContent>
              {FIELDS.map((f) => (
                <NumberInput key={f} source={f} label={`hub.review.days.${f}`} validate={days} fullWidth />
              ))}
              {error ? (
                <Alert severity="error" sx={{ mt: 2 }} role="alert">
                  {error}
                </Alert>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setCurrent(null)}>{translate('hub.actions.cancel')}</Button>
              <SaveButton label={translate('hub.actions.confirm')} icon={<span />} alwaysEnable />
            </DialogActions>
          </Form>
        ) : null}
      </Dialog>
    </>
  );
}
