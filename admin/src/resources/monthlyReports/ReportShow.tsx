import {
  ArrayField,
  BooleanField,
  Datagrid,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';

/** One monthly report: its lines and the formulary stocking rates checked against the agreement. */
export function ReportShow() {
  return (
    <Show title="resources.monthlyReports.name">
      <SimpleShowLayout>
        <TextField source="period" />
        <NameField source="provider" />
        <DateField source="dueOn" />
        <DateField source="submittedAt" showTime />
        <BooleanField source="late" />
        <MoneyField source="totalFen" />
        <ArrayField source="stockingRates">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField
              source="category"
              enumName="DrugCategory"
              label="resources.monthlyReports.fields.category"
            />
            <NumberField source="listed" label="resources.monthlyReports.fields.listed" />
            <NumberField source="stocked" label="resources.monthlyReports.fields.stocked" />
            <TextField source="ratePercent" label="resources.monthlyReports.fields.ratePercent" />
            <TextField source="threshold" label="resources.monthlyReports.fields.threshold" emptyText="—" />
            {/* null: the agreement sets no such indicator, or nothing is listed (an empty cell read as missing data). */}
            <BooleanField source="met" label="resources.monthlyReports.fields.met" emptyText="—" />
          </Datagrid>
        </ArrayField>
        <ArrayField source="lines">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="drugCode" label="resources.monthlyReports.fields.drugCode" />
            <TextField source="drugName" label="resources.monthlyReports.fields.drugName" />
            <TextField source="maker" label="resources.monthlyReports.fields.maker" />
            <TextField source="channel" label="resources.monthlyReports.fields.channel" />
            <MoneyField source="unitPriceFen" label="resources.monthlyReports.fields.unitPriceFen" />
            <NumberField source="quantity" label="resources.monthlyReports.fields.quantity" />
            <MoneyField source="amountFen" label="resources.monthlyReports.fields.amountFen" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
