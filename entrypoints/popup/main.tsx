import { render } from 'preact';
import { clockReady } from '../../src/messaging/clock-ready';
import { Popup } from '../../src/ui/popup/Popup';

void clockReady().then(() => render(<Popup />, document.getElementById('app')!));
