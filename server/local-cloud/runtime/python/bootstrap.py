"""The Python 3 bootstrap of the local cloud: one function instance is one `python3` process running
this file, speaking the runtime protocol of src/cloud-emulator/runtime/protocol.ts as newline-delimited
JSON (bytes as base64) over its stdin/stdout. The host side is ../python-runtime.ts; the instance pool
(src/cloud-emulator/runtime/pool.ts) drives it exactly like a Node.js worker:

    python -> {"type":"ready"}     host -> {"type":"init", files, handler, env, limits, context}
    python -> {"type":"init-done"} host -> {"type":"invoke", requestId, event[, service][, http]}
    python -> {"type":"log"}* then {"type":"result", status, body, ...}

Helpers: fc_logs.py (log capture and format), fc_calls.py (context, result encoding, WSGI).

What it reproduces of FC's Python runtime (seeds 000/002 Python samples, reference 3.3):
- `def handler(event, context)`: `event` is bytes; `context` has request_id, credentials (access_key_id,
  access_key_secret, security_token), function (name, handler, memory, timeout), service (name,
  log_project, log_store, qualifier, version_id), region and account_id. The return value is the body:
  str as UTF-8, bytes as is, None as nothing, anything else as JSON.
- Behind an FC 2.0 HTTP trigger the handler is a WSGI app `def handler(environ, start_response)`,
  with `environ['fc.context']` and `environ['fc.request_uri']`.
- An exception is an UnhandledInvocationError `{"errorMessage","errorType","stackTrace"}`, the stack
  trace as FC prints it for Python: a list of `["File \"/code/index.py\"", "line 2", "in my_handler",
  "<source line>"]` (fixtures/fc-errors.samples.json), user frames only.
- Logs: `logging` as `<ISO time> <request id> [LEVEL] <message>` (FC's Python log format); `print`
  and other stdout/stderr output line by line, as written.
- Code runs from a temporary directory (the working directory, on sys.path); its path is shown as
  `/code` in stack traces. Memory: RLIMIT_AS caps the address space at what the process uses when it
  starts plus the function's memory (argv[1], MB; argv[2] is the code directory). `sys.exit()` ends the process: the host reports
  "Process exited unexpectedly", as FC does.
"""

import base64
import json
import os
import sys
import tempfile
import threading
import time
import traceback

# The protocol owns the original stdin/stdout; user code gets /dev/null and a log stream instead.
_PROTO_OUT = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
_PROTO_IN = os.fdopen(os.dup(0), "rb")
os.dup2(2, 1)
os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
_LOCK = threading.Lock()

import fc_calls  # noqa: E402  (after the descriptors are taken: nothing may print to the protocol)
import fc_logs  # noqa: E402

CODE_ROOT = "/code"


def send(message):
    line = json.dumps(message, separators=(",", ":"))
    with _LOCK:
        _PROTO_OUT.write(line + "\n")
        _PROTO_OUT.flush()


LOGS = fc_logs.Logs(send)
fc_logs.capture(sys, LOGS)
sys.stdin = open(os.devnull)
# The bootstrap's own directory must not shadow user modules.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]

state = {"handler": None, "code_dir": None, "context": {}, "limits": {"logChars": 1048576, "bodyBytes": 16777216}}


def memory_mb():
    try:
        import resource

        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 2)
    except Exception:
        return 0


def limit_memory(function_mb):
    """RLIMIT_AS = the address space in use now + the function's memory (virtual size, not RSS)."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            in_use = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        cap = in_use + function_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except Exception:
        pass  # not Linux: memory is not enforced (docs/emulator-fidelity.md)


def show_path(path):
    code_dir = state["code_dir"]
    if code_dir and path.startswith(code_dir):
        return CODE_ROOT + path[len(code_dir):]
    return path


def error_body(error):
    """FC's Python error JSON; stack frames of the code package only, as `File "...", line N, in f, text`."""
    frames = []
    code_dir = state["code_dir"] or "\0"
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename.startswith(code_dir):
            where = 'File "%s"' % show_path(frame.filename)
            frames.append([where, "line %d" % frame.lineno, "in %s" % frame.name, frame.line or ""])
    message = str(error)
    if isinstance(error, SyntaxError) and error.filename:
        message = "%s (%s, line %s)" % (error.msg, os.path.basename(error.filename), error.lineno)
    return {"errorMessage": message, "errorType": type(error).__name__, "stackTrace": frames}


def unpack(files):
    # The host makes the directory (argv[2]) and removes it when the process ends, however it ends.
    code_dir = os.path.realpath(sys.argv[2]) if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="fc-code-")
    for path, data in files.items():
        target = os.path.normpath(os.path.join(code_dir, path))
        if not target.startswith(code_dir + os.sep):
            continue  # a zip entry outside the code root is not unpacked
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            out.write(base64.b64decode(data))
    return code_dir


def init(message):
    state["limits"] = message.get("limits") or state["limits"]
    # The instance's part of `context` (credentials, function, region, account) comes once, with init.
    state["context"] = message.get("context") or {}
    os.environ.clear()
    os.environ.update(message.get("env") or {})
    # Module-level output belongs to the invocation that caused the cold start.
    LOGS.current = fc_logs.Invocation(message["requestId"], state["limits"]["logChars"])
    code_dir = unpack(message.get("files") or {})
    state["code_dir"] = code_dir
    os.chdir(code_dir)
    sys.path.insert(0, code_dir)
    module_name, _, function_name = message["handler"].rpartition(".")
    module_name = module_name.replace("/", ".")
    try:
        import importlib

        module = importlib.import_module(module_name)
    except Exception as error:  # SyntaxError, ImportError, an exception at module level
        fc_logs.flush(sys)
        send({"type": "init-done", "memoryMb": memory_mb(), "error": error_body(error)})
        return
    function = getattr(module, function_name, None)
    fc_logs.flush(sys)
    if not callable(function):
        error = {"errorMessage": "Handler '%s' missing on module '%s'" % (function_name, module_name)}
        send({"type": "init-done", "memoryMb": memory_mb(), "error": error})
        return
    state["handler"] = function
    send({"type": "init-done", "memoryMb": memory_mb()})


def run(message):
    """The handler's answer: (status, body bytes, http response or None)."""
    if state["handler"] is None:
        raise RuntimeError("The function instance was not initialised")
    raw = dict(state["context"], requestId=message["requestId"])
    if message.get("service"):
        raw["service"] = message["service"]
    context = fc_calls.make_context(raw)
    event = base64.b64decode(message.get("event") or "")
    if message.get("http"):
        body, http = fc_calls.call_wsgi(state["handler"], message["http"], event, context)
    else:
        body, http = fc_calls.encode_result(state["handler"](event, context)), None
    limit = state["limits"]["bodyBytes"]
    if len(body) > limit:
        error = "Response payload size %d bytes exceeds the limit of %d bytes (%d MB) for a synchronous invocation"
        return "unhandled", json.dumps({"errorMessage": error % (len(body), limit, round(limit / 1048576))}).encode(), None
    return "success", body, http


def invoke(message):
    request_id = message["requestId"]
    inv = LOGS.current
    if inv is None or inv.request_id != request_id:
        inv = fc_logs.Invocation(request_id, state["limits"]["logChars"])
        LOGS.current = inv
    started = time.perf_counter()
    try:
        status, body, http = run(message)
    except MemoryError:
        # Out of memory: the process dies, as FC's instance would (the host reports "Process exited unexpectedly").
        os.write(2, b"MemoryError: the function exceeded its memory\n")
        os._exit(137)
    except Exception as error:
        status, body, http = "unhandled", json.dumps(error_body(error)).encode("utf-8"), None
    fc_logs.flush(sys)
    duration_ms = (time.perf_counter() - started) * 1000
    if LOGS.current is inv:
        LOGS.current = None
    result = {
        "type": "result",
        "requestId": request_id,
        "status": status,
        "body": base64.b64encode(body).decode("ascii"),
        "durationMs": duration_ms,
        "memoryMb": memory_mb(),
    }
    if http is not None:
        result["http"] = http
    send(result)


def main():
    if len(sys.argv) > 1:
        limit_memory(int(sys.argv[1]))
    send({"type": "ready", "memoryMb": memory_mb()})
    for raw in _PROTO_IN:
        if raw.strip():
            message = json.loads(raw)
            if message.get("type") == "init":
                init(message)
            elif message.get("type") == "invoke":
                invoke(message)


if __name__ == "__main__":
    main()
