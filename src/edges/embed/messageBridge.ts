// The one place that talks to an embedding page: takes validated messages from the allowed
// parent origins only, and reports state, selection and height to that parent (never to '*').
import { selectCounts, selectKnownIds, selectResult, type AppStore } from '../../state';
import type { Filters } from '../../domain/filters';
import type { Selection } from '../../domain/selection';
import { applyFiltersInput, inboundMessage, invalidMessageDetails, outbound, type OutboundMessage } from './messages';

/** The state message follows changes at most this often; the last change is always reported. */
const STATE_INTERVAL_MS = 100;

/** The parent's origin, if it is one of the allowed ones. */
export function parentOriginOf(win: Window, allowed: readonly string[]): string | null {
  const candidates = [win.location.ancestorOrigins?.[0], referrerOrigin(win.document.referrer)];
  return candidates.find((origin): origin is string => origin !== undefined && allowed.includes(origin)) ?? null;
}

function referrerOrigin(referrer: string): string | undefined {
  try {
    return referrer ? new URL(referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

export function startMessageBridge(store: AppStore, allowed: readonly string[], win: Window = window): () => void {
  if (win.parent === win || allowed.length === 0) return () => {};
  const target = parentOriginOf(win, allowed);
  if (!target) {
    console.warn('embedding page is not among the allowed parent origins; the message API is off');
    return () => {};
  }
  const post = (message: OutboundMessage) => win.parent.postMessage(message, target);

  const postState = () => {
    const state = store.getState();
    const result = selectResult(state);
    post(
      outbound.state(
        state.filters,
        result.projects.map((p) => p.id),
        selectCounts(state),
      ),
    );
  };
  // A burst of changes gets one state message per interval, and one after its last change.
  let stateTimer: ReturnType<typeof setTimeout> | undefined;
  let lastStatePosted = 0;
  const postStateSoon = () => {
    if (stateTimer !== undefined) return;
    const wait = Math.max(0, lastStatePosted + STATE_INTERVAL_MS - Date.now());
    stateTimer = setTimeout(() => {
      stateTimer = undefined;
      lastStatePosted = Date.now();
      postState();
    }, wait);
  };

  // Messages that arrive together are applied together, newest winning: one store write for a
  // burst of any size, made after the messages already queued (a MessageChannel message is queued
  // behind them), so the app renders once instead of once per message.
  let pending: { filters?: Filters; selection?: Selection | null } = {};
  let flushQueued = false;
  const flushChannel = new MessageChannel();
  const flush = () => {
    flushQueued = false;
    const { filters, selection } = pending;
    pending = {};
    const state = store.getState();
    if (filters) state.setFilters(filters);
    if (selection !== undefined) state.select(selection);
  };
  flushChannel.port1.onmessage = flush;
  const queue = (change: typeof pending) => {
    pending = { ...pending, ...change };
    if (flushQueued) return;
    flushQueued = true;
    flushChannel.port2.postMessage(null);
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || event.origin !== target) return;
    // Other scripts on the host page may post messages too: only ours get an answer.
    const type = (event.data as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('interreg-map:')) return;
    const parsed = inboundMessage.safeParse(event.data);
    if (!parsed.success) {
      post(outbound.error('invalid message', invalidMessageDetails(parsed.error.issues)));
      return;
    }
    const message = parsed.data;
    const state = store.getState();
    switch (message.type) {
      case 'interreg-map:setFilters': {
        const current = pending.filters ?? state.filters;
        const { filters, errors } = applyFiltersInput(current, message.filters, selectKnownIds(state));
        if (errors.length > 0) post(outbound.error('invalid filters', errors));
        else queue({ filters });
        break;
      }
      case 'interreg-map:selectProject':
        if (state.data?.projectById.has(message.id)) queue({ selection: { kind: 'project', id: message.id } });
        else post(outbound.error('unknown project', [message.id]));
        break;
      case 'interreg-map:clearSelection':
        queue({ selection: null });
        break;
      case 'interreg-map:getState':
        // The answer includes the changes asked for before it.
        flush();
        postState();
        break;
    }
  };

  win.addEventListener('message', onMessage);
  const unsubscribers = [
    store.subscribe((s) => selectResult(s), postStateSoon),
    store.subscribe(
      (s) => s.selection,
      (selection) => post(outbound.selection(selection)),
    ),
  ];
  // The content's own height, not the document's: that is never less than the frame, so a frame
  // taller than the content would be told its own height and never shrink.
  let lastHeight = 0;
  const content = win.document.getElementById('root') ?? win.document.body;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height !== lastHeight) post(outbound.height((lastHeight = height)));
  });
  observer.observe(content);

  post(outbound.ready());
  postState();
  return () => {
    win.removeEventListener('message', onMessage);
    flushChannel.port1.close();
    clearTimeout(stateTimer);
    unsubscribers.forEach((off) => off());
    observer.disconnect();
  };
}
