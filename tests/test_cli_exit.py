"""The `oco-desktop` program ends without Python's teardown of every module (cli.exit_without_teardown,
issue 11): about 30 ms of a plan export. What the normal exit does that matters still happens: atexit
functions (the log's flush), stdout and stderr flushed, a running thread waited for. Real processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oco_desktop.cli import exit_without_teardown

# Output stays in Python's buffers until the exit flushes it, as for a user (not write-through).
BUFFERED = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}


def _python(code: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, stdin=subprocess.DEVNULL, env=BUFFERED)


def test_the_teardown_is_skipped_but_atexit_and_the_exit_code_are_kept(tmp_path):
    done = _python(
        "import atexit, pathlib\n"
        "from oco_desktop.cli import exit_without_teardown\n"
        "class Teardown:\n"
        "    def __del__(self):\n"
        "        pathlib.Path('torn-down').write_text('x')\n"
        "kept = Teardown()  # a module's objects are only deleted by the teardown\n"
        "atexit.register(lambda: pathlib.Path('atexit-ran').write_text('x'))\n"
        "exit_without_teardown(3)\n",
        tmp_path,
    )
    assert done.returncode == 3, done.stderr
    assert done.stderr == ""
    assert (tmp_path / "atexit-ran").exists()
    assert not (tmp_path / "torn-down").exists()


def test_buffered_output_arrives_whole(tmp_path):
    done = _python(
        "import sys\n"
        "from oco_desktop.cli import exit_without_teardown\n"
        "sys.stdout.write('regel\\n' * 50_000)  # far more than a pipe's buffer, still in Python's buffer\n"
        "sys.stderr.write('laatste regel')\n"
        "exit_without_teardown(0)\n",
        tmp_path,
    )
    assert done.returncode == 0
    assert done.stdout == "regel\n" * 50_000
    assert done.stderr == "laatste regel"


def test_a_running_thread_is_waited_for_as_by_the_normal_exit(tmp_path):
    done = _python(
        "import pathlib, threading, time\n"
        "from oco_desktop.cli import exit_without_teardown\n"
        "def work():\n"
        "    time.sleep(0.3)\n"
        "    pathlib.Path('thread-done').write_text('x')\n"
        "threading.Thread(target=work).start()\n"
        "exit_without_teardown(4)\n",
        tmp_path,
    )
    assert done.returncode == 4, done.stderr
    assert (tmp_path / "thread-done").exists()


def test_with_qt_loaded_the_normal_exit_is_taken():
    import PySide6.QtCore  # noqa: F401 - Qt's objects are deleted in a set order by the normal exit

    with pytest.raises(SystemExit) as ended:
        exit_without_teardown(5)
    assert ended.value.code == 5


@pytest.mark.skipif(sys.platform == "win32", reason="closing a pipe's reader is POSIX here")
def test_a_reader_that_went_away_ends_quietly(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from oco_desktop.cli import exit_without_teardown\n"
         "time.sleep(0.3)  # the reader is gone by now\n"
         "sys.stdout.write('x' * 1000)  # into the buffer: the exit's flush meets the closed pipe\n"
         "exit_without_teardown(0)\n"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=BUFFERED,
    )
    process.stdout.close()
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 0
    assert err == b""
