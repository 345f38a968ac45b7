"""Secrets out of messages: what a server sends back (or a URL holds) before a person reads it.

Every error message of the network passes through `redact` (core/http.py's HttpError does it on
construction), so a token service that echoes the request, a proxy page that shows the
`Authorization` header or a signed download URL never puts a password or a token into the
message, the processing log or the QGIS message log. Two layers:

- the values the request itself carried (`secrets`: a password, an assertion, a bearer token) are
  replaced wherever they appear, also URL- or JSON-encoded;
- what looks like a secret whatever it is: `user:pass@` in URLs, `token=`/`key=`/`signature=`/...
  values, `"password": "..."`-like pairs (JSON, Python, form), `Authorization: ...`,
  `Bearer ...`/`Basic ...`, JWT-looking strings and PEM private keys.
"""

import json
import re
from urllib.parse import parse_qsl, quote, quote_plus, unquote, urlsplit, urlunsplit

MASK = "***"

# Names of fields, parameters and headers whose value is a secret.
SECRET_NAMES = (r"password|passwd|pwd|secret|client_secret|token|access_token|refresh_token|id_token|"
                r"assertion|private_key|api_?key|apikey|key|signature|sig|x-amz-signature|x-amz-credential|"
                r"x-amz-security-token|credential|credentials|authorization|sessionid")
SECRET_NAME = re.compile(r"^(?:[\w.-]*[_-])?(?:" + SECRET_NAMES + r")$", re.IGNORECASE)
# A header or field name that carries a credential (for headers that must not follow a redirect to
# another origin): Authorization, X-Esri-Authorization, X-API-Key, Cookie, ...
CREDENTIAL_HEADER = re.compile(r"auth|token|key|cookie|secret|session|signature", re.IGNORECASE)

_PATTERNS = (
    # -----BEGIN ... PRIVATE KEY----- ... -----END ... PRIVATE KEY-----
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)", re.DOTALL),
     MASK),
    # user:password@ in URLs (and user@ alone stays)
    (re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/\s:@?#]*:[^/\s@?#]*@"), r"\1" + MASK + "@"),
    # Authorization: <anything to the end of the line or of a quoted value>
    (re.compile(r"((?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?)[^\"'\r\n,})]+", re.IGNORECASE), r"\1" + MASK),
    # Bearer / Basic / Token credentials written out (12 characters or more, a digit or a sign
    # among them: "Basic authentication" is not one)
    (re.compile(r"\b(Bearer|Basic|Token)\s+(?=[A-Za-z._~-]*[0-9+/=])[A-Za-z0-9._~+/=-]{12,}", re.IGNORECASE),
     r"\1 " + MASK),
    # "password": "x", 'password': 'x', "password" : 123 (JSON, Python reprs)
    (re.compile(r"([\"'](?:[\w.-]*[_-])?(?:" + SECRET_NAMES + r")[\"']\s*:\s*)"
                r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|[^\s,}\]]+)", re.IGNORECASE), r'\1"' + MASK + '"'),
    # password=x, ?token=x, &X-Amz-Signature=x, key: x, password="x" (queries, forms, plain text)
    (re.compile(r"((?<![\w-])(?:[\w.-]*[_-])?(?:" + SECRET_NAMES + r")\s*[=:]\s*)"
                r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|(?![{\[]|\*\*\*)[^\s&#\"'<>,;})\]]+)",
                re.IGNORECASE), r"\1" + MASK),
    # JWT-looking strings: base64url JSON header, payload and signature
    (re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"), MASK),
)


def redact(text, secrets=()):
    """`text` with every known secret and everything that looks like one replaced by ***."""
    if not text:
        return text
    text = str(text)
    for secret in sorted(_forms(secrets), key=len, reverse=True):
        text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_bytes(content, secrets=()):
    """`content` (bytes) with the known secrets replaced, as bytes: a body a caller parses itself
    (an error answer of a token service) keeps its form and loses the secrets."""
    if not content or not secrets:
        return content
    for secret in sorted(_forms(secrets), key=len, reverse=True):
        content = content.replace(secret.encode("utf-8"), MASK.encode("ascii"))
    return content


def public_url(url):
    """`url` without its query and user info: safe to show in messages and logs."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = "{}:{}".format(host, parts.port)
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _forms(secrets):
    """A secret as it may come back: as sent, URL-encoded, form-encoded and JSON-escaped."""
    forms = set()
    for secret in secrets or ():
        secret = str(secret)
        if len(secret) < 4:  # too short to replace blindly ("a", "123")
            continue
        forms.update((secret, quote(secret, safe=""), quote_plus(secret), json.dumps(secret)[1:-1]))
    forms.discard("")
    return forms


def secrets_of(headers=None, fields=None, url=""):
    """The secret values among a request's headers, body fields (JSON or form) and URL (its
    password, its token-like query values), to be redacted from anything said about the request."""
    found = []
    if url:
        parts = urlsplit(url)
        if parts.password:
            found += [parts.password, unquote(parts.password)]
        for name, value in parse_qsl(parts.query, keep_blank_values=False):
            if SECRET_NAME.match(name):
                found += [value, quote(value, safe="")]
    for name, value in (headers or {}).items():
        if value and CREDENTIAL_HEADER.search(str(name)):
            value = str(value)
            found.append(value)
            scheme, _, credential = value.partition(" ")
            if credential and scheme.isalpha():
                found.append(credential)
    _field_secrets(fields, found)
    return found


def _field_secrets(data, found, name=""):
    if isinstance(data, dict):
        for key, value in data.items():
            _field_secrets(value, found, str(key))
    elif isinstance(data, (list, tuple)):
        for value in data:
            _field_secrets(value, found, name)
    elif data is not None and name and SECRET_NAME.match(name.split(".")[-1]):
        found.append(str(data))
