// The one place that talks to an embedding page: takes validated messages from the allowed
// parent origins only, and reports state, selection and height to that parent (never to '*').
import { selectCounts, selectKnownIds, selectResult, type AppStore } from '../../state';
import { applyFiltersInput, inboundMessage, outbound, type OutboundMessage } from './messages';

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

  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || event.origin !== target) return;
    // Other scripts on the host page may post messages too: only ours get an answer.
    const type = (event.data as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !type.startsWith('interreg-map:')) return;
    const parsed = inboundMessage.safeParse(event.data);
    if (!parsed.success) {
      post(
        outbound.error(
          'invalid message',
          parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`),
        ),
      );
      return;
    }
    const message = parsed.data;
    const state = store.getState();
    switch (message.type) {
      case 'interreg-map:setFilters': {
        const { filters, errors } = applyFiltersInput(state.filters, message.filters, selectKnownIds(state));
        if (errors.length > 0) post(outbound.error('invalid filters', errors));
        else state.setFilters(filters);
        break;
      }
      case 'interreg-map:selectProject':
        if (state.data?.projectById.has(message.id)) state.select({ kind: 'project', id: message.id });
        else post(outbound.error('unknown project', [message.id]));
        break;
      case 'interreg-map:clearSelection':
        state.select(null);
        break;
      case 'interreg-map:getState':
        postState();
        break;
    }
  };

  win.addEventListener('message', onMessage);
  const unsubscribers = [
    store.subscribe((s) => selectResult(s), postState),
    store.subscribe(
      (s) => s.selection,
      (selection) => post(outbound.selection(selection)),
    ),
  ];
  let lastHeight = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(win.document.documentElement.scrollHeight);
    if (height !== lastHeight) post(outbound.height((lastHeight = height)));
  });
  observer.observe(win.document.getElementById('root') ?? win.document.body);

  post(outbound.ready());
  postState();
  return () => {
    win.removeEventListener('message', onMessage);
    unsubscribers.forEach((off) => off());
    observer.disconnect();
  };
}
