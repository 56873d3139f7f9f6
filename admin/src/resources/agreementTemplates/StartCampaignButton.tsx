import { Alert } from '@mui/material';
import { AutocompleteArrayInput, ReferenceArrayInput, useRedirect, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { useLocalName } from '../../common/fields.js';
import { StartCampaign } from './mutations.js';

type Template = { id: string; code: string; versionNo: number; status: string };

function Help() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {translate('hub.template.campaignHelp')}
    </Alert>
  );
}

/** Re-signs the agreements of this PUBLISHED version's kind, except the providers listed; opens its progress. */
export function StartCampaignButton() {
  const redirect = useRedirect();
  const name = useLocalName();
  return (
    <ActionButton<Template>
      label="hub.template.startCampaign"
      capability="manageAgreements"
      applies={(r) => r.status === 'PUBLISHED'}
      mutation={StartCampaign}
      recordName={(r) => `${r.code} v${r.versionNo}`}
      summary={<Help />}
      input={(v, r) => ({
        templateId: r.id,
        exceptProviderIds: Array.isArray(v.exceptProviderIds) ? v.exceptProviderIds : [],
      })}
      onDone={(data) => {
        const id = (data as { startResigningCampaign?: { campaign?: { id: string } } }).startResigningCampaign
          ?.campaign?.id;
        if (id) redirect('show', 'resigningCampaigns', id);
      }}
    >
      <ReferenceArrayInput source="exceptProviderIds" reference="providers">
        <AutocompleteArrayInput
          label="hub.template.exceptProviders"
          optionText={(r) => name(r)}
          filterToQuery={(q) => ({ q })}
          fullWidth
        />
      </ReferenceArrayInput>
    </ActionButton>
  );
}
