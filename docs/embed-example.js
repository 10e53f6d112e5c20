// Example host page script: embeds the map and talks to it with postMessage.
// The map's address comes from ?app=… (default: the app served by `npm start`).
const appUrl = new URL(new URLSearchParams(location.search).get('app') || 'http://127.0.0.1:4173/');
const appOrigin = appUrl.origin;

const frame = document.getElementById('map');
const src = new URL(appUrl);
src.searchParams.set('mode', 'embed');
src.searchParams.set('controls', 'filters,list,legend');
src.searchParams.set('lock', 'programme');
src.searchParams.set('programme', 'alpine-space,central-europe,slovenia-hungary,interreg-europe');
src.searchParams.set('accent', '#8a1538');
src.searchParams.set('parentOrigin', location.origin);
frame.src = src.toString();

/** Every message received from the map, newest last (also read by the browser tests). */
const received = [];
const log = document.getElementById('log');

window.addEventListener('message', (event) => {
  // Only the map's own origin, and only from our iframe.
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  received.push(message);
  if (message.type === 'interreg-map:height') frame.style.height = `${message.height}px`;
  log.textContent = `${JSON.stringify(message)}\n${log.textContent}`.slice(0, 20000);
});

function send(message) {
  frame.contentWindow.postMessage(message, appOrigin);
}

document.getElementById('only-si-hu').onclick = () => send({ type: 'interreg-map:setFilters', filters: { programme: ['slovenia-hungary'] } });
document.getElementById('region-si').onclick = () => send({ type: 'interreg-map:setFilters', filters: { region: 'SI' } });
document.getElementById('clear-filters').onclick = () => send({ type: 'interreg-map:setFilters', filters: { programme: null, region: null } });
document.getElementById('select-sens').onclick = () => send({ type: 'interreg-map:selectProject', id: 'sens-network' });
document.getElementById('clear-selection').onclick = () => send({ type: 'interreg-map:clearSelection' });

window.embedExample = { send, received };
