"""The objects a Python function is called with (see bootstrap.py): FC's `context`, the result encoding,
and the WSGI call of an FC 2.0 HTTP trigger (PEP 3333; FC adds `environ['fc.context']` and
`environ['fc.request_uri']`). Response headers FC manages itself are dropped, as in the Node.js runtime
(src/cloud-emulator/runtime/http-handler.ts).
"""

import io
import json
import sys

RESERVED_RESPONSE_HEADERS = {"connection", "content-length", "date", "keep-alive", "server", "upgrade"}


class Namespace:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self.__dict__.items()))


class Credentials(Namespace):
    pass


class FunctionMeta(Namespace):
    pass


class ServiceMeta(Namespace):
    pass


class FCContext(Namespace):
    pass


def make_context(raw):
    creds = raw.get("credentials") or {}
    fn = raw.get("function") or {}
    service = raw.get("service") or {}
    return FCContext(
        request_id=raw.get("requestId", ""),
        credentials=Credentials(
            access_key_id=creds.get("accessKeyId", ""),
            access_key_secret=creds.get("accessKeySecret", ""),
            security_token=creds.get("securityToken", ""),
        ),
        function=FunctionMeta(
            name=fn.get("name", ""), handler=fn.get("handler", ""), memory=fn.get("memory", 0), timeout=fn.get("timeout", 0)
        ),
        service=ServiceMeta(
            name=service.get("name", ""),
            log_project=service.get("logProject", ""),
            log_store=service.get("logStore", ""),
            qualifier=service.get("qualifier", "LATEST"),
            version_id=service.get("versionId", ""),
        ),
        region=raw.get("region", ""),
        account_id=raw.get("accountId", ""),
    )


def encode_result(value):
    """str as UTF-8, bytes as they are, None as nothing, anything else as JSON."""
    if value is None:
        return b""
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    return json.dumps(value).encode("utf-8")


def call_wsgi(handler, http, body, context):
    url = http.get("url", "")
    environ = {
        "REQUEST_METHOD": http["method"],
        "SCRIPT_NAME": "",
        "PATH_INFO": http["path"],
        "QUERY_STRING": url.split("?", 1)[1] if "?" in url else "",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": http.get("clientIP", ""),
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "fc.context": context,
        "fc.request_uri": url,
    }
    for name, value in (http.get("headers") or {}).items():
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key != "CONTENT_LENGTH":
            environ["HTTP_" + key] = value
    answer = {"status": "200 OK", "headers": {}}
    written = []

    def start_response(status, response_headers, exc_info=None):
        answer["status"] = status
        headers = {}
        for name, value in response_headers:
            lower = name.lower()
            if lower in RESERVED_RESPONSE_HEADERS or lower.startswith("x-fc-"):
                continue
            headers[lower] = headers[lower] + ", " + str(value) if lower in headers else str(value)
        answer["headers"] = headers
        return written.append

    result = handler(environ, start_response)
    try:
        for chunk in result:
            written.append(chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk))
    finally:
        if hasattr(result, "close"):
            result.close()
    status_code = int(str(answer["status"]).split(" ", 1)[0])
    return b"".join(written), {"statusCode": status_code, "headers": answer["headers"]}
