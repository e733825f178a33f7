import { Window } from 'happy-dom';

/** happy-dom settings for reading a saved page offline: no scripts, stylesheets, frames or navigation are fetched. */
const OFFLINE = {
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
};

/** A window in which saved HTML can be parsed as the page at `url` without touching the network. */
export function offlineWindow(url: string): Window {
  return new Window({ url, settings: OFFLINE });
}

/** Parse HTML in an offline window, hand the document to `use`, and close the window. */
export async function withDocument<T>(html: string, url: string, use: (doc: Document) => T): Promise<T> {
  const window = offlineWindow(url);
  try {
    return use(new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
