import { Show, TabbedShowLayout, TextField, NumberField, TopToolbar, useTranslate } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';
import { AuditLink } from '../../common/AuditLink.js';
import { TemplateTitle } from './TemplateTitle.js';
import { ClausesView } from './ClausesView.js';
import { IndicatorsView } from './IndicatorsView.js';
import { PublishButton } from './PublishButton.js';
import { StartCampaignButton } from './StartCampaignButton.js';
import { WhatIfTab } from './WhatIfTab.js';

function ShowActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <GuardedEditButton<{ id: string; status: string }>
        capability="manageAgreements"
        applies={(r) => r.status === 'DRAFT'}
      />
      <PublishButton />
      <StartCampaignButton />
      <AuditLink />
    </TopToolbar>
  );
}

export function TemplateShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />} title={<TemplateTitle />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('hub.template.terms')}>
          <TextField source="code" />
          <NumberField source="versionNo" />
          <EnumField source="kind" enumName="AgreementKind" />
          <EnumField source="status" enumName="TemplateStatus" chip />
          <TextField source="titleZh" />
          <TextField source="titleEn" />
          <NameField source="insurer" />
          <DateField source="effectiveFrom" />
          <DateField source="publishedAt" showTime />
          <TextField source="changeNote" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.template.clauses')} path="clauses">
          <ClausesView />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.template.indicators')} path="indicators">
          <IndicatorsView />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.replay.title')} path="whatif">
          <WhatIfTab />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
