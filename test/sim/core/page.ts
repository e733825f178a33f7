import type { Charset } from './charset';
import { html, type SafeHtml } from './html';

/** The document around a page: the charset is declared in the markup as well as in the Content-Type header. */
export function documentShell(charset: Charset, title: string, body: SafeHtml): SafeHtml {
  return html`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="${charset}">
<title>${title}</title>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The server's own error pages (injected 500 / maintenance), in the library's charset. */
export function errorPage(charset: Charset, libraryName: string, heading: string, message: string): SafeHtml {
  return documentShell(charset, `${heading} - ${libraryName}`, html`<h1>${libraryName}</h1><h2>${heading}</h2><p>${message}</p>`);
}
