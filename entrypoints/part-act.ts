import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '../src/content/parts';
import { ACTION_SCREENS } from '../src/features/record-actions/press';

export default defineUnlistedScript(() => provide('part-act', ACTION_SCREENS));
