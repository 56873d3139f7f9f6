import { useRef, type ChangeEvent, type ReactNode } from 'react';
import { Button, type ButtonProps } from '@mui/material';

interface FilePickButtonProps {
  /** The hidden input's name (tests and the form find the file by it). */
  name: string;
  accept: string;
  onPick: (event: ChangeEvent<HTMLInputElement>) => void;
  children: ReactNode;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  startIcon?: ReactNode;
  disabled?: boolean;
}

/**
 * Opens the browser's file picker from a real button. MUI's `component="label"` idiom draws a
 * button that is a <label>: not in the tab order, not pressed by Enter or Space, so a keyboard
 * user could not pick a file at all. The input stays hidden beside it; the button clicks it.
 */
export function FilePickButton({ name, accept, onPick, children, variant = 'outlined', size, startIcon, disabled }: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} size={size} startIcon={startIcon} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input ref={input} hidden type="file" name={name} accept={accept} onChange={onPick} tabIndex={-1} />
    </>
  );
}
