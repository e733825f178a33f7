import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provide } from '../src/content/parts';
import { SHOP_PART } from '../src/content/shop';

export default defineUnlistedScript(() => provide('part-shop', SHOP_PART));
