import type { PastedAddress } from '../../libraries/pasted-address';
import { originPattern } from '../../libraries/origin-pattern';
import { t } from '../../features/i18n';

const CART = { own: 'addressCartOwn', general: 'addressCartGeneral', none: 'addressCartNone' } as const;
const LISTS = { own: 'addressListsOwn', general: 'addressListsGeneral' } as const;

/**
 * What Uketori makes of a pasted address, shown before the patron presses 追加 (and the browser asks for the
 * permission): the library or the product, the OPAC's address, and what works there — or, when the address tells
 * nothing, that it cannot tell, and what to paste instead.
 */
export function AddressReading({ reading }: { reading: PastedAddress }) {
  if (reading.kind === 'not_web') return null;
  const { library, product, series } = reading;
  const name = library && (t('langCode') === 'ja' ? library.name : library.nameEn);
  return (
    <div id="address-reading" data-kind={reading.kind} data-family={reading.family} aria-live="polite">
      {reading.kind === 'unknown' && <p class="notice">{t('addressUnknown')}</p>}
      <ul class="plain">
        {name && <li data-line="library">{t('addressLibrary', name)}</li>}
        <li data-line="product">{product ? t('addressProduct', product) : t('addressProductUnknown')}</li>
        <li data-line="opac">{t('addressOpac', reading.base)}</li>
        <li data-feature="cart" data-support={reading.cart}>{t(CART[reading.cart])}</li>
        <li data-feature="series" data-support={typeof series === 'string' ? series : 'ordered'}>
          {typeof series !== 'string' ? t('addressSeriesOrdered', series.ordered) : series === 'none' ? t('addressSeriesNone') : t('addressSeriesOneAtATime')}
        </li>
        <li data-feature="lists" data-support={reading.lists}>{t(LISTS[reading.lists])}</li>
      </ul>
      <p class="muted">{t('addressPermission', originPattern(reading.base))}</p>
    </div>
  );
}
