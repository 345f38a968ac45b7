"""HTTP servers on 127.0.0.1 that speak the distribution services' protocols, for the fetch tests.

Each runs in a thread of the test process, serves data made by the sample generator, logs every
request, and misbehaves on demand (server.fail(...)): a dropped connection, a status code, a
Retry-After, a slow answer.
"""
