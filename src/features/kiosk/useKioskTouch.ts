import { useEffect } from 'react';
import { useAppStore } from '../../state';

/** What a long press, a dropped file or a gesture on the page itself would do on a kiosk: show a
 * menu, open the file in place of the app, zoom or scroll the page away. The map handles its own
 * gestures on its canvas (MapLibre), which this leaves alone. */
const PREVENTED = ['contextmenu', 'dragover', 'drop', 'gesturestart'] as const;

/** On a kiosk, the page does nothing but what its controls and its map do (app.css does the rest). */
export function useKioskTouch(): void {
  const kiosk = useAppStore((s) => s.view.mode === 'kiosk');
  useEffect(() => {
    if (!kiosk) return;
    const prevent = (event: Event) => event.preventDefault();
    for (const type of PREVENTED) document.addEventListener(type, prevent);
    return () => {
      for (const type of PREVENTED) document.removeEventListener(type, prevent);
    };
  }, [kiosk]);
}
