import { Card, CardContent, CardHeader } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

export function Dashboard() {
  const translate = useTranslate();
  return (
    <Card>
      <Title title={translate('hub.dashboard.title')} />
      <CardHeader title={translate('hub.dashboard.title')} />
      <CardContent />
    </Card>
  );
}
