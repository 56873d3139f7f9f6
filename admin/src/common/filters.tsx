import { InputAdornment } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { SelectInput, TextInput } from 'react-admin';
import { enumsEn } from '../i18n/enums.en.js';
import { enumChoices } from './fields.js';

type EnumName = keyof typeof enumsEn;

/**
 * The free-text search every list offers (numbers, names, codes: the API's `search`), with a
 * label: react-admin's SearchInput has only a placeholder, which a screen reader does not
 * announce as the box's name and which is gone once something is typed.
 */
export const searchFilter = (
  <TextInput
    key="q"
    source="q"
    label="hub.filters.search"
    alwaysOn
    resettable
    size="small"
    InputProps={{
      endAdornment: (
        <InputAdornment position="end">
          <SearchIcon color="disabled" />
        </InputAdornment>
      ),
    }}
  />
);

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
