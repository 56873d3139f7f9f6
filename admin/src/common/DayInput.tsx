import { useRef } from 'react';
import { IconButton, InputAdornment, TextField } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import {
  FieldTitle,
  InputHelperText,
  useInput,
  useTranslate,
  type InputProps,
  type Validator,
} from 'react-admin';
import { dayInputText, normaliseDay, validateDay } from './day.js';

type DayInputProps = Omit<InputProps, 'validate'> & {
  validate?: Validator | Validator[];
  fullWidth?: boolean;
  helperText?: string;
};

/**
 * A calendar day typed as YYYY-MM-DD (day.ts: why not the browser's date input), rewritten
 * from 2026/12/7 or 2026年12月7日 when the field is left. The calendar button opens the browser's
 * own picker on a hidden date input, whose value is always YYYY-MM-DD whatever it displays.
 */
export function DayInput({ source, label, validate, fullWidth, helperText, ...rest }: DayInputProps) {
  const translate = useTranslate();
  const picker = useRef<HTMLInputElement>(null);
  const validators = [validateDay, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  const { id, field, fieldState, isRequired } = useInput({
    source,
    validate: validators,
    format: dayInputText,
    ...rest,
  });
  const leave = () => {
    const day = normaliseDay(field.value);
    if (day && day !== field.value) field.onChange(day);
    field.onBlur();
  };
  const pickerLabel = translate('hub.day.pick');
  return (
    <TextField
      id={id}
      name={field.name}
      inputRef={field.ref}
      value={field.value}
      onChange={field.onChange}
      onBlur={leave}
      className={`ra-input ra-input-${source}`}
      fullWidth={fullWidth}
      label={<FieldTitle label={label} source={source} isRequired={isRequired} />}
      placeholder={translate('hub.day.placeholder')}
      error={fieldState.invalid}
      helperText={<InputHelperText error={fieldState.error?.message} helperText={helperText} />}
      slotProps={{
        htmlInput: { inputMode: 'numeric', autoComplete: 'off', spellCheck: false },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <IconButton
                size="small"
                edge="end"
                aria-label={pickerLabel}
                title={pickerLabel}
                onClick={() => picker.current?.showPicker()}
              >
                <EventIcon fontSize="small" />
              </IconButton>
              <input
                ref={picker}
                type="date"
                tabIndex={-1}
                aria-hidden
                value={normaliseDay(field.value) ?? ''}
                onChange={(e) => e.target.value && field.onChange(e.target.value)}
                style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0, padding: 0 }}
              />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
