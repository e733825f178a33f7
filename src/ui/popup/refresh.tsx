import { useState } from 'preact/hooks';
import { send } from '../../messaging/channel';
import type { RefreshStatus } from '../../mirror/settings';
import { shortDateTime } from '../../model/format';
import { t } from '../../features/i18n';

/** "今すぐ確認": asks the background to check every library; progress and outcomes arrive live from the mirror. */
export function RefreshButton({ running }: { running: boolean }) {
  const [asked, setAsked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const busy = asked || running;
  const click = async () => {
    setAsked(true);
    setError(null);
    try {
      await send({ type: 'refresh', libraryId: null });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setAsked(false);
    }
  };
  return (
    <>
      <button type="button" id="refresh" onClick={click} disabled={busy} aria-busy={busy}>
        {busy ? t('refreshRunning') : t('refreshNow')}
      </button>
      {error && <p class="error" role="alert">{t('refreshFailed', error)}</p>}
    </>
  );
}

/** One library's last check: when, and what needs the patron (log in again, a page Uketori could not read). */
export function LibraryStatus({ status }: { status: RefreshStatus | undefined }) {
  const [copied, setCopied] = useState(false);
  if (!status) return null;
  if (status.running) return <p class="status running" role="status">{t('refreshRunning')}</p>;
  const checked = status.checkedAt !== null && <span class="checked">{t('lastChecked', shortDateTime(status.checkedAt))}</span>;
  const copy = async () => {
    await navigator.clipboard.writeText(status.diagnostic ?? '');
    setCopied(true);
  };
  return (
    <div class={`status ${status.outcome ?? ''}`} data-outcome={status.outcome ?? ''}>
      {checked}
      {status.outcome === 'login' && (
        <p class="problem" role="alert">
          {t('loginNeeded')}{' '}
          {status.loginUrl && <a href={status.loginUrl} target="_blank" rel="noopener">{t('loginLink')}</a>}
        </p>
      )}
      {status.outcome === 'no_pages' && <p class="problem">{t('noPagesYet')}</p>}
      {(status.outcome === 'not_understood' || status.outcome === 'failed') && (
        <div class="problem" role="alert">
          <p>{status.outcome === 'failed' ? t('pageFailed') : t('pageNotUnderstood')}</p>
          {status.diagnostic && (
            <details>
              <summary>{t('diagnostic')}</summary>
              <pre class="diagnostic">{status.diagnostic}</pre>
              <button type="button" class="copy" onClick={copy}>{copied ? t('copied') : t('copyDiagnostic')}</button>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
