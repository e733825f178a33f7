import { render } from 'preact';
import { clockReady } from '../../src/messaging/clock-ready';
import { Options } from '../../src/ui/options/Options';

void clockReady().then(() => render(<Options />, document.getElementById('app')!));
