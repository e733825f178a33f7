import { render } from 'preact';
import { Popup } from '../../src/ui/popup/Popup';

render(<Popup />, document.getElementById('app')!);
