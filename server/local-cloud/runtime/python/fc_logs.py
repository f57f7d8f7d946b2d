"""Logs of the Python runtime (see bootstrap.py): every line of stdout/stderr output is one log line, as
written (`print`); `logging` records are formatted as FC's Python runtime does,
`<ISO time> <request id> [LEVEL] <message>`. Each invocation has a budget of characters, past which one
truncation note is written and the rest dropped (the same note as the Node.js runtime's,
src/cloud-emulator/runtime/protocol.ts `logTruncatedLine`).
"""

import datetime
import io
import logging
import traceback


def iso_now():
    now = datetime.datetime.now(datetime.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (now.microsecond // 1000)


class Invocation:
    def __init__(self, request_id, limit):
        self.request_id = request_id
        self.limit = limit
        self.chars = 0
        self.truncated = False


class Logs:
    """Routes log lines to the invocation that is running; output while none runs is dropped."""

    def __init__(self, send):
        self.send = send
        self.current = None

    def write(self, line):
        inv = self.current
        if inv is None or inv.truncated:
            return
        remaining = inv.limit - inv.chars
        if len(line) <= remaining:
            inv.chars += len(line) + 1
            self.send({"type": "log", "requestId": inv.request_id, "line": line})
            return
        inv.truncated = True
        if remaining > 0:
            self.send({"type": "log", "requestId": inv.request_id, "line": line[:remaining]})
        note = (
            "%s %s warn Truncated by FunctionCompute: the log output of this invocation exceeded %d characters; the rest was dropped"
            % (iso_now(), inv.request_id, inv.limit)
        )
        self.send({"type": "log", "requestId": inv.request_id, "line": note})


class LogStream(io.TextIOBase):
    """sys.stdout / sys.stderr: every complete line is one log line."""

    def __init__(self, logs):
        self._logs = logs
        self._buffer = ""

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._buffer += text
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            self._logs.write(line)
        return len(text)

    def flush(self):
        if self._buffer:
            line, self._buffer = self._buffer, ""
            self._logs.write(line)


class FCLogHandler(logging.Handler):
    """FC's Python log format: `2020-03-13T04:06:49.099Z <request id> [INFO] message`."""

    def __init__(self, logs):
        super().__init__()
        self._logs = logs

    def emit(self, record):
        try:
            message = record.getMessage()
            if record.exc_info:
                message += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            inv = self._logs.current
            request_id = inv.request_id if inv else ""
            for i, line in enumerate(message.split("\n")):
                self._logs.write("%s %s [%s] %s" % (iso_now(), request_id, record.levelname, line) if i == 0 else line)
        except Exception:
            self.handleError(record)


def capture(sys_module, logs):
    """Replaces stdout/stderr and the root logger's handlers (level INFO, as on FC)."""
    sys_module.stdout = LogStream(logs)
    sys_module.stderr = LogStream(logs)
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(FCLogHandler(logs))
    root.setLevel(logging.INFO)


def flush(sys_module):
    for stream in (sys_module.stdout, sys_module.stderr):
        try:
            stream.flush()
        except Exception:
            pass
