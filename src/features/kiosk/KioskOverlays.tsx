import { AttractCard } from './AttractCard';
import { IdleCountdown } from './IdleCountdown';

/** What a kiosk shows over the page while no one uses it: the countdown to starting over, the tour. */
export function KioskOverlays() {
  return (
    <>
      <IdleCountdown />
      <AttractCard />
    </>
  );
}
