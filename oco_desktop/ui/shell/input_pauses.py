"""Background work (the page check, the search warm-up) pauses longer while the supporter types.

Both already pause between short steps. A warm-up step holds the vault's connection (a search typed
meanwhile waits for it; on a slow USB stick a step can take tens of milliseconds), and every step takes
a share of a small laptop's CPU. During input and for a moment after it the steps are spaced out (one
per 50 ms), and the work goes on at its usual pace once the supporter stops.
"""

from __future__ import annotations

from collections.abc import Callable

from oco_desktop.ui.shell.idle_lock import IdleLock

RECENT_INPUT_S = 0.5  # input this recent counts as typing
BUSY_PAUSE_S = 0.05


def pause_for(idle: IdleLock, usual_s: float) -> Callable[[], float]:
    """A pause function for storage's paced loops (page_macs.pause_length): `usual_s`, or BUSY_PAUSE_S
    while the supporter is typing, clicking or scrolling."""

    def pause() -> float:
        return BUSY_PAUSE_S if idle.seconds_since_input() < RECENT_INPUT_S else usual_s

    return pause
