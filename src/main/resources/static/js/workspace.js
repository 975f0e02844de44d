// Live queue: when any case changes, fetch the queue table again.
import { refreshOnCaseEvents, replaceFromServer } from '/js/live.js';

const status = document.getElementById('queue-live');
if (document.getElementById('queue')) {
  refreshOnCaseEvents('/workspace/stream', 500, () => replaceFromServer('queue', status, 'Queue'));
}
