// Example host page script: embeds the map and talks to it with postMessage.
// The map's address comes from ?app=… (default: the app served by `npm start`).
const appUrl = new URL(new URLSearchParams(location.search).get('app') || 'http://127.0.0.1:4173/');
const appOrigin = appUrl.origin;

/**
 * The page's element with this id, which must be of the given kind.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} kind
 * @returns {T}
 */
function elementById(id, kind) {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return element;
}

const frame = elementById('map', HTMLIFrameElement);
const src = new URL(appUrl);
src.searchParams.set('mode', 'embed');
src.searchParams.set('controls', 'filters,list,legend');
src.searchParams.set('lock', 'programme');
src.searchParams.set('programme', 'alpine-space,central-europe,slovenia-hungary,interreg-europe');
src.searchParams.set('accent', '#8a1538');
src.searchParams.set('parentOrigin', location.origin);
frame.src = src.toString();

/**
 * Every message received from the map, newest last (also read by the browser tests).
 * @type {MapMessage[]}
 */
const received = [];
const log = elementById('log', HTMLPreElement);

window.addEventListener('message', (event) => {
  // Only the map's own origin, and only from our iframe.
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  received.push(message);
  if (message.type === 'interreg-map:height') frame.style.height = `${message.height}px`;
  log.textContent = `${JSON.stringify(message)}\n${log.textContent}`.slice(0, 20000);
});

/** @param {MapMessage} message */
function send(message) {
  frame.contentWindow?.postMessage(message, appOrigin);
}

elementById('only-si-hu', HTMLButtonElement).onclick = () =>
  send({ type: 'interreg-map:setFilters', filters: { programme: ['slovenia-hungary'] } });
elementById('region-si', HTMLButtonElement).onclick = () =>
  send({ type: 'interreg-map:setFilters', filters: { region: 'SI' } });
elementById('clear-filters', HTMLButtonElement).onclick = () =>
  send({ type: 'interreg-map:setFilters', filters: { programme: null, region: null } });
elementById('select-sens', HTMLButtonElement).onclick = () =>
  send({ type: 'interreg-map:selectProject', id: 'sens-network' });
elementById('clear-selection', HTMLButtonElement).onclick = () => send({ type: 'interreg-map:clearSelection' });

window.embedExample = { send, received };
