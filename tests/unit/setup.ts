// Unit tests read English messages: load its catalogue once, as the page does for its reader.
import { switchLanguage } from '../../src/i18n';

await switchLanguage('en');
