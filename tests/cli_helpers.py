"""Running the `oco-desktop` command in-process and checking its one-line error contract."""

from __future__ import annotations

from oco_desktop.cli import main


def run(capsys, *argv):
    """Exit code, stdout and stderr of one in-process CLI run."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(err: str) -> None:
    """A failure is one line on stderr, never a traceback."""
    assert "Traceback" not in err
    assert err.startswith("oco-desktop: ") and err.count("\n") == 1, err
