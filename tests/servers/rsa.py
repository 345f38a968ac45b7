"""Throw-away RSA keys made at test time (no library needed) and RS256 verification, so the CLMS
test server checks the plugin's JWTs independently of the plugin's signer."""

import base64
import hashlib
import random

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def _probable_prime(n, rng, rounds=24):
    if any(n % p == 0 for p in _SMALL_PRIMES):
        return n in _SMALL_PRIMES
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits, rng):
    while True:
        candidate = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _probable_prime(candidate, rng):
            return candidate


def generate(bits=2048, seed=7):
    """(n, e, d, p, q, dp, dq, qinv) of a deterministic RSA key."""
    rng = random.Random(seed)
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        if p < q:
            p, q = q, p
        return (p * q, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))


def _der_length(n):
    if n < 128:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der(tag, content):
    return bytes([tag]) + _der_length(len(content)) + content


def _der_int(value):
    raw = value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big")
    return _der(0x02, raw)


def _pem(label, der):
    text = base64.b64encode(der).decode("ascii")
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    return "-----BEGIN {0}-----\n{1}\n-----END {0}-----\n".format(label, "\n".join(lines))


def pkcs1_pem(numbers):
    n, e, d, p, q, dp, dq, qinv = numbers
    body = b"".join(_der_int(v) for v in (0, n, e, d, p, q, dp, dq, qinv))
    return _pem("RSA PRIVATE KEY", _der(0x30, body))


RSA_OID = bytes.fromhex("2a864886f70d010101")
EC_OID = bytes.fromhex("2a8648ce3d0201")


def pkcs8_pem(numbers, oid=RSA_OID):
    n, e, d, p, q, dp, dq, qinv = numbers
    rsa_key = _der(0x30, b"".join(_der_int(v) for v in (0, n, e, d, p, q, dp, dq, qinv)))
    algorithm = _der(0x30, _der(0x06, oid) + _der(0x05, b""))
    return _pem("PRIVATE KEY", _der(0x30, _der_int(0) + algorithm + _der(0x04, rsa_key)))


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify_rs256(signing_input, signature, n, e):
    k = (n.bit_length() + 7) // 8
    if len(signature) != k:
        return False
    digest_info = _DIGEST_INFO + hashlib.sha256(signing_input).digest()
    expected = b"\x00\x01" + b"\xff" * (k - len(digest_info) - 3) + b"\x00" + digest_info
    return pow(int.from_bytes(signature, "big"), e, n).to_bytes(k, "big") == expected
