"""Credentials from the QGIS authentication database, never from settings or logs.

- WEkEO: an authentication configuration of the method "Basic" (user name and password).
- CLMS API: the service key JSON (client_id, user_id, token_uri, private_key) in an
  authentication configuration: either under the config key "service_key" (what
  `store_service_key` writes) or as the password of a "Basic" configuration (what a person can
  paste in Settings > Options > Authentication: user name = anything, password = the whole JSON).

Messages name the configuration by its id and name only, never a secret.
"""

import json

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt.QtCore import QCoreApplication

SERVICE_KEY_FIELDS = ("client_id", "user_id", "token_uri", "private_key")
SERVICE_KEY_CONFIG = "service_key"



class CredentialsError(ValueError):
    """Missing or unusable credentials; the message says what to do."""


def _load(authcfg, purpose):
    if not authcfg:
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "{} needs an authentication configuration: add one in Settings › "
                                   "Options › Authentication and choose it in this tool").format(purpose))
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The QGIS authentication system is not available: {}").format(
            manager.disabledMessage() if manager is not None else ""))
    if authcfg not in manager.configIds():
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "There is no authentication configuration with the id '{}'").format(authcfg))
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True)
    ok = loaded[0] if isinstance(loaded, tuple) else loaded
    if not ok or not config.isValid(True):
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The authentication configuration '{}' could not be read; check that the "
                                   "QGIS master password is set").format(authcfg))
    return config


def basic_credentials(authcfg, purpose):
    """(user name, password) of a 'Basic' configuration."""
    config = _load(authcfg, purpose)
    user = config.config("username", "")
    password = config.config("password", "")
    if config.method() != "Basic" or not user or not password:
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The authentication configuration '{}' ({}) must be of the method "
                                   "'Basic' with a user name and a password for {}").format(
            config.name(), authcfg, purpose))
    return user, password


def service_key(authcfg, purpose):
    """The CLMS service key (a dict with client_id, user_id, token_uri, private_key)."""
    config = _load(authcfg, purpose)
    text = config.config(SERVICE_KEY_CONFIG, "") or config.config("password", "")
    try:
        key = json.loads(text)
    except ValueError:
        key = None
    if not isinstance(key, dict) or not all(isinstance(key.get(f), str) and key.get(f) for f in SERVICE_KEY_FIELDS):
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The authentication configuration '{}' ({}) does not hold a CLMS service "
                                   "key: paste the whole JSON of the key (with client_id, user_id, token_uri "
                                   "and private_key) as its password, or store it with the plugin").format(
            config.name(), authcfg))
    return key


def store_service_key(text, name="CLMS API service key"):
    """Store a CLMS service key JSON in the QGIS authentication database; its authcfg id."""
    try:
        key = json.loads(text)
    except ValueError:
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "This is not the JSON of a CLMS service key")) from None
    missing = [f for f in SERVICE_KEY_FIELDS if not key.get(f)] if isinstance(key, dict) else SERVICE_KEY_FIELDS
    if missing:
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The service key lacks {}").format(", ".join(missing)))
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", key["client_id"])
    config.setConfig("password", json.dumps(key))
    config.setConfig(SERVICE_KEY_CONFIG, json.dumps(key))
    stored = manager.storeAuthenticationConfig(config)
    ok = stored[0] if isinstance(stored, tuple) else stored
    if not ok:
        raise CredentialsError(QCoreApplication.translate(
            "CLCplusFetch", "The service key could not be stored; set the QGIS master password first"))
    return config.id()
