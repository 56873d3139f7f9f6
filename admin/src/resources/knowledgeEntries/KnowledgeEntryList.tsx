import {
  BooleanField,
  Datagrid,
  FilterButton,
  FunctionField,
  List,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
} from 'react-admin';
import { ImportKnowledgeBatch } from './ImportKnowledgeBatch.js';
import { EnumField, MoneyField, enumChoices } from '../../common/fields.js';
import { LocalText } from '../../common/LocalText.js';
import { monitoringEnumsEn } from '../../i18n/monitoring.en.js';
import { searchFilter } from '../../common/filters.js';

const filters = [
  searchFilter,
  <SelectInput
    key="kind"
    source="kind"
    alwaysOn
    choices={enumChoices('KnowledgeKind', Object.keys(monitoringEnumsEn.KnowledgeKind))}
  />,
  <TextInput key="batch" source="batch" />,
];

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ImportKnowledgeBatch />
    </TopToolbar>
  );
}

/** The knowledge library: catalogue restrictions, prices and limits the rules read; batches are imported from here. */
export function KnowledgeEntryList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      // An empty library still offers its import action.
      empty={false}
      sort={{ field: '', order: 'ASC' }}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <EnumField source="kind" enumName="KnowledgeKind" sortable={false} />
        <TextField source="catalogueCode" sortable={false} />
        {/* The English name where the batch gave one, else the Chinese (national batches are Chinese only). */}
        <LocalText base="name" source="nameZh" label="resources.knowledgeEntries.fields.nameZh" />
        <EnumField source="sex" enumName="Sex" sortable={false} />
        <TextField source="maxAgeYears" sortable={false} emptyText="—" />
        <EnumField source="insuranceTypes" enumName="InsuranceType" sortable={false} />
        <FunctionField
          source="icd10Prefixes"
          sortable={false}
          render={(r: { icd10Prefixes?: string[] }) => r.icd10Prefixes?.join(', ') || '—'}
        />
        <MoneyField source="priceFen" sortable={false} />
        <TextField source="maxQuantity" sortable={false} emptyText="—" />
        <TextField source="maxDaysSupply" sortable={false} emptyText="—" />
        <TextField source="batch" sortable={false} emptyText="—" />
        <BooleanField source="national" sortable={false} />
        <TextField source="version" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
