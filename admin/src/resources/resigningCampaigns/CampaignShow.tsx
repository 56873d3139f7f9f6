import {
  FunctionField,
  NumberField,
  Show,
  SimpleShowLayout,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';
import { CampaignProgress } from './CampaignProgress.js';
import { CampaignItems } from './CampaignItems.js';

type Campaign = { status: string; template: { code: string; versionNo: number } };

function CampaignTitle() {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate('resources.resigningCampaigns.name', { smart_count: 1 })} {record.template.code} v
      {record.template.versionNo}
    </span>
  );
}

/** A campaign's progress, re-read every few seconds while it runs. */
export function CampaignShow() {
  const translate = useTranslate();
  return (
    <Show
      title={<CampaignTitle />}
      queryOptions={{
        refetchInterval: (query) =>
          (query.state.data as { status?: string } | undefined)?.status === 'RUNNING' ? 3000 : false,
      }}
    >
      <SimpleShowLayout>
        <FunctionField
          source="template"
          render={(r: Campaign) => `${r.template.code} v${r.template.versionNo}`}
        />
        <EnumField source="status" enumName="CampaignStatus" chip />
        <NumberField source="total" />
        <DateField source="startedAt" showTime />
        <DateField source="finishedAt" showTime />
        <FunctionField label={translate('hub.campaign.progress')} render={() => <CampaignProgress />} />
        <FunctionField label={false} render={() => <CampaignItems />} />
      </SimpleShowLayout>
    </Show>
  );
}
