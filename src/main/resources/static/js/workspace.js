// Live queue: when any case changes, fetch the queue table again (server-sent events). Without JavaScript the
// page still works; refreshing shows the same thing.
const status = document.getElementById('queue-live');
if (document.getElementById('queue') && window.EventSource) {
  const events = new EventSource('/workspace/stream');
  let pending = false;
  events.addEventListener('case', () => {
    if (pending) return;
    pending = true;
    // Changes often come in bursts: refresh once per half second at most.
    setTimeout(async () => {
      pending = false;
      const queue = document.getElementById('queue');
      const response = await fetch(queue.dataset.refresh, { headers: { 'Accept': 'text/html' } });
      if (response.ok) {
        queue.outerHTML = await response.text();
        status.textContent = 'Queue updated at ' + new Date().toLocaleTimeString('en-GB');
      }
    }, 500);
  });
}
