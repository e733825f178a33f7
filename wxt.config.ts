import { defineConfig } from 'wxt';
import { contentParts } from './tools/content-parts';
import { zodWithoutEval } from './tools/zod-without-eval';

const parts = contentParts(import.meta.dirname);

// Both targets are Manifest V3. OPAC origins are optional: the options page asks for each library's origin from a
// click, and the background registers the content script for the origins granted.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  imports: false,
  entrypointsDir: 'entrypoints',
  manifestVersion: 3,
  // AMO reviewers rebuild from the sources archive (npm ci && npm run build). WXT already leaves out node_modules,
  // .output, dotfiles and test files; screenshots and benchmark results are local output, not sources.
  vite: () => ({ plugins: [zodWithoutEval()] }),
  // The content script's core, the family files and the parts beside it (tools/content-parts.ts).
  hooks: { 'vite:build:extendConfig': (entrypoints, config) => parts.extend(entrypoints, config) },
  zip: { excludeSources: ['shots/**', 'bench-results/**'] },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ja',
    permissions: ['storage', 'alarms', 'notifications', 'scripting', ...(browser === 'chrome' ? ['offscreen'] : [])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // The e2e build (`wxt build --mode e2e`) pre-grants loopback origins: no browser lets automation click an
    // extension's permission prompt. Everything else, including runtime registration, is the shipped code.
    ...(mode === 'e2e' && { host_permissions: ['http://127.0.0.1/*'] }),
    action: { default_title: '__MSG_extName__' },
    // runtime.getContexts (the offscreen document) needs Chrome 116.
    ...(browser === 'chrome' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'uketori@uketori.app',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
