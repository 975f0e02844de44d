// Live pages: server-sent case events (from the case-events topic) refresh part of a page. Without JavaScript the
// pages still work; reloading one shows the same thing.

/** Calls refresh after case events, at most once per interval: changes come in bursts. */
export function refreshOnCaseEvents(streamUrl, intervalMs, refresh) {
  if (!window.EventSource) return;
  const events = new EventSource(streamUrl);
  let pending = false;
  events.addEventListener('case', () => {
    if (pending) return;
    pending = true;
    setTimeout(async () => {
      pending = false;
      await refresh();
    }, intervalMs);
  });
}

/** Replaces the element with a fresh copy from its data-refresh address, and says when in the status element. */
export async function replaceFromServer(id, status, what) {
  const element = document.getElementById(id);
  const response = await fetch(element.dataset.refresh, { headers: { 'Accept': 'text/html' } });
  if (response.ok) {
    element.outerHTML = await response.text();
    status.textContent = what + ' updated at ' + new Date().toLocaleTimeString('en-GB');
  }
}
