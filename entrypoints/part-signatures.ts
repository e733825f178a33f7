import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '../src/content/parts';
import type { SignaturesPart } from '../src/content/family-registry';
import { familyIdFor } from '../src/opac/signatures';

export default defineUnlistedScript(() => provide('part-signatures', { familyIdFor } satisfies SignaturesPart));
