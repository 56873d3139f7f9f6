import { Datagrid, FunctionField, List, NumberField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';
import { progressPercent, type Counts } from './CampaignProgress.js';

type Campaign = { counts: Counts; total: number; template: { code: string; versionNo: number } };

export function CampaignList() {
  return (
    <List sort={{ field: 'startedAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <FunctionField
          source="template"
          sortable={false}
          render={(r: Campaign) => `${r.template.code} v${r.template.versionNo}`}
        />
        <EnumField source="status" enumName="CampaignStatus" chip sortable={false} />
        <NumberField source="total" sortable={false} />
        <FunctionField
          source="resigned"
          sortable={false}
          render={(r: Campaign) =>
            `${r.counts.resigned} / ${r.total}（${progressPercent(r.counts, r.total)}%）`
          }
        />
        <FunctionField source="refused" sortable={false} render={(r: Campaign) => r.counts.refused} />
        <DateField source="startedAt" showTime sortable={false} />
        <DateField source="finishedAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}
