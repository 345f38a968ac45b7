"""RS256 JSON Web Tokens for the CLMS API's service keys.

Signing uses the `cryptography` module when the QGIS Python has it (Debian's, most Linux and
OSGeo4W installs). Without it, a built-in RSASSA-PKCS1-v1_5 signer does the job for the keys
CLMS issues (unencrypted RSA in PEM, PKCS#8 or PKCS#1): PKCS#1 v1.5 signatures are deterministic,
so both give byte-identical tokens (the tests check that). Only a key the built-in signer cannot
read (encrypted, not RSA) needs `cryptography`; the error then says so and how to get it.
"""

import base64
import hashlib
import json
import re
import time

from qgis.PyQt.QtCore import QCoreApplication

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer"
# exp - iat. The API documentation (eea/clms-api-docs source/authentication.md) asks for at most an
# hour; its token service (ftw.tokenauth jwt_grants.py) accepts an exp up to a day ahead of its clock
# and an iat from an hour behind it to 60 s ahead.
LIFETIME_S = 3600
# DER prefix of DigestInfo(SHA-256) (RFC 8017, section 9.2, note 1).
_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
_RSA_OID = bytes.fromhex("2a864886f70d010101")



class SigningError(ValueError):
    """The service key cannot be used for signing here; the message says what to do."""


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def signing_backend():
    """'cryptography' when that module is importable, otherwise 'built-in'."""
    try:
        from cryptography.hazmat.primitives import hashes  # noqa: F401
        from cryptography.hazmat.primitives.asymmetric import padding  # noqa: F401
        from cryptography.hazmat.primitives.serialization import load_pem_private_key  # noqa: F401
    except ImportError:
        return "built-in"
    return "cryptography"


def sign_rs256(message, private_key_pem, backend=None):
    """The RS256 signature of `message` (bytes) with the PEM private key."""
    backend = backend or signing_backend()
    if backend == "cryptography":
        return _sign_cryptography(message, private_key_pem)
    return _sign_builtin(message, private_key_pem)


def assertion(service_key, now=None, backend=None):
    """The signed JWT a CLMS service key grants: iss = client_id, sub = user_id,
    aud = token_uri, valid for one hour."""
    now = int(now if now is not None else time.time())
    header = {"alg": "RS256", "typ": "JWT"}
    claims = {"iss": service_key["client_id"], "sub": service_key["user_id"],
              "aud": service_key["token_uri"], "iat": now, "exp": now + LIFETIME_S}
    signing_input = "{}.{}".format(
        b64url(json.dumps(header, separators=(",", ":")).encode("utf-8")),
        b64url(json.dumps(claims, separators=(",", ":")).encode("utf-8"))).encode("ascii")
    signature = sign_rs256(signing_input, service_key["private_key"], backend)
    return "{}.{}".format(signing_input.decode("ascii"), b64url(signature))


# --- with cryptography ----------------------------------------------------------------------

def _sign_cryptography(message, pem):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    try:
        key = load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError) as e:
        raise SigningError(QCoreApplication.translate(
            "CLCplusFetch", "The service key's private key cannot be read: {}").format(e)) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SigningError(QCoreApplication.translate(
            "CLCplusFetch", "The service key's private key is not an RSA key; RS256 needs one. "
                               "Create a new service key in your CLMS profile."))
    return key.sign(message, padding.PKCS1v15(), hashes.SHA256())


# --- built in ---------------------------------------------------------------------------------

_NEEDS_CRYPTOGRAPHY = QCoreApplication.translate(
    "CLCplusFetch",
    "This QGIS's Python has no 'cryptography' module, and the built-in signer reads only "
    "unencrypted RSA keys in PEM form ({}). Install 'cryptography' into the Python of QGIS "
    "(OSGeo4W installer: package python3-cryptography; Debian/Ubuntu: apt install "
    "python3-cryptography; elsewhere: python -m pip install cryptography with the Python QGIS "
    "uses), restart QGIS and try again. The other sources work without it.")


def _der_read(data, offset):
    """(tag, value bytes, next offset) of the DER element at `offset`."""
    if offset + 2 > len(data):
        raise ValueError("truncated DER")
    tag = data[offset]
    length = data[offset + 1]
    offset += 2
    if length & 0x80:
        count = length & 0x7F
        if count == 0 or count > 4 or offset + count > len(data):
            raise ValueError("bad DER length")
        length = int.from_bytes(data[offset:offset + count], "big")
        offset += count
    end = offset + length
    if end > len(data):
        raise ValueError("truncated DER")
    return tag, data[offset:end], end


def _der_sequence(data):
    items, offset = [], 0
    while offset < len(data):
        tag, value, offset = _der_read(data, offset)
        items.append((tag, value))
    return items


def _pem_body(pem):
    match = re.search(r"-----BEGIN ([A-Z ]+)-----(.*?)-----END \1-----", pem, re.S)
    if not match:
        raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate("CLCplusFetch", "no PEM block found")))
    label, body = match.group(1), match.group(2)
    if "ENCRYPTED" in label or "Proc-Type:" in body:
        raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
            "CLCplusFetch", "this key is encrypted")))
    try:
        return label, base64.b64decode("".join(body.split()), validate=True)
    except ValueError:
        raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
            "CLCplusFetch", "the PEM block is damaged"))) from None


def rsa_numbers(pem):
    """(n, e, d, p, q, dp, dq, qinv) of an unencrypted RSA private key in PEM (PKCS#8 or #1)."""
    label, der = _pem_body(pem)
    try:
        tag, body, _end = _der_read(der, 0)
        if tag != 0x30:
            raise ValueError("not a DER sequence")
        if label == "PRIVATE KEY":  # PKCS#8: version, AlgorithmIdentifier, OCTET STRING
            items = _der_sequence(body)
            algorithm = _der_sequence(items[1][1])
            if algorithm[0] != (0x06, _RSA_OID):
                raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
                    "CLCplusFetch", "the key is not an RSA key")))
            tag, body, _end = _der_read(items[2][1], 0)
        elif label != "RSA PRIVATE KEY":
            raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
                "CLCplusFetch", "a '{}' block is not an RSA private key").format(label)))
        numbers = [int.from_bytes(value, "big") for t, value in _der_sequence(body) if t == 0x02]
    except SigningError:
        raise
    except (ValueError, IndexError):
        raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
            "CLCplusFetch", "the key could not be parsed"))) from None
    if len(numbers) < 9:
        raise SigningError(_NEEDS_CRYPTOGRAPHY.format(QCoreApplication.translate(
            "CLCplusFetch", "the key could not be parsed")))
    return tuple(numbers[1:9])


def _sign_builtin(message, pem):
    n, e, d, p, q, dp, dq, qinv = rsa_numbers(pem)
    k = (n.bit_length() + 7) // 8
    digest_info = _SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
    if k < len(digest_info) + 11:
        raise SigningError(QCoreApplication.translate("CLCplusFetch", "The service key's RSA key is too short"))
    encoded = b"\x00\x01" + b"\xff" * (k - len(digest_info) - 3) + b"\x00" + digest_info
    m = int.from_bytes(encoded, "big")
    # CRT: two half-size exponentiations instead of one.
    m1 = pow(m, dp, p)
    m2 = pow(m, dq, q)
    s = m2 + ((qinv * (m1 - m2)) % p) * q
    if pow(s, e, n) != m:  # a fault (or an inconsistent key) must not leak a wrong signature
        raise SigningError(QCoreApplication.translate(
            "CLCplusFetch", "The service key's RSA key is inconsistent; create a new one"))
    return s.to_bytes(k, "big")
