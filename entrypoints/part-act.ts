import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ACT_PART } from '../src/content/act';
import { provide } from '../src/content/parts';

export default defineUnlistedScript(() => provide('part-act', ACT_PART));
