"""Guards against the PySide6 6.12 / Python 3.11 crash: a Python override of a Qt virtual
method leaked a reference to None on each call, and qasync calls timerEvent on every loop turn,
so a few thousand turns aborted the process with `Fatal Python error: none_dealloc`."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication, QObject

    class Ticker(QObject):
        def __init__(self, limit):
            super().__init__()
            self.count = 0
            self.limit = limit
            self.startTimer(0)

        def timerEvent(self, event):
            # Restart the timer on every tick, as qasync does for each call_soon: this is the
            # pattern that leaked (a plain repeating timer did not show it).
            self.killTimer(event.timerId())
            self.count += 1
            if self.count >= self.limit:
                QCoreApplication.quit()
                return
            self.startTimer(0)

    app = QCoreApplication([])
    ticker = Ticker(20_000)
    app.exec()
    print("ticks", ticker.count)
    """
)


def test_twenty_thousand_timer_event_overrides_do_not_crash_the_interpreter() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ticks 20000"
