import { SearchInput, SelectInput } from 'react-admin';
import { enumsEn } from '../i18n/enums.en.js';
import { enumChoices } from './fields.js';

type EnumName = keyof typeof enumsEn;

/** The free-text search every list offers (numbers, names, codes: the API's `search`). */
export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;

/**
 * A list filter on one API enum (`source` is the filter field), offering every value the
 * console labels; `alwaysOn` shows it without the "add filter" menu.
 */
export function enumFilter(source: string, enumName: EnumName, options: { alwaysOn?: boolean } = {}) {
  return (
    <SelectInput
      key={source}
      source={source}
      choices={enumChoices(enumName, Object.keys(enumsEn[enumName]))}
      alwaysOn={options.alwaysOn}
    />
  );
}
