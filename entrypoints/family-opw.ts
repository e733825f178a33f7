import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideFamily } from '../src/content/family-registry';
import { opw } from '../src/opac/families/opw';

// Registered with the content script for this family's libraries (or injected when a page needs it).
export default defineUnlistedScript(() => provideFamily(opw));
