"""cli.prefetch: a command's imports and preparation run beside the key derivation (issue 11, point 4);
whatever goes wrong there is left to the command itself, which then does the work and reports it."""

from __future__ import annotations

import sys
import threading

from oco_desktop.cli.prefetch import imports_in_background


def test_then_runs_after_the_imports_in_another_thread_and_hands_over_its_value():
    sys.modules.pop("fractions", None)
    seen = {}

    def prepare():
        seen["thread"] = threading.current_thread().name
        seen["imported"] = "fractions" in sys.modules
        return "klaar"

    with imports_in_background("fractions", then=prepare) as prefetch:
        value = prefetch.result()
    assert value == "klaar"
    assert seen == {"thread": "oco-prefetch", "imported": True}


def test_a_failing_import_or_preparation_gives_none_and_the_command_carries_on():
    ran = []
    with imports_in_background("oco_desktop.no_such_module", then=lambda: ran.append(1)) as prefetch:
        assert prefetch.result() is None
    assert ran == []  # nothing after a failed import

    def broken():
        raise OSError("schijf weg")

    with imports_in_background("json", then=broken) as prefetch:
        assert prefetch.result() is None


def test_the_thread_has_ended_when_the_block_ends():
    with imports_in_background("json") as prefetch:
        pass
    assert not prefetch._thread.is_alive()
