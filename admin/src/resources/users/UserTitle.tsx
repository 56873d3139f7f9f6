import { TextField } from 'react-admin';

export function UserTitle() {
  return <TextField source="username" variant="inherit" />;
}
