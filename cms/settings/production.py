"""Production: every secret from the environment, no fallbacks; HTTPS-only hardening."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
# No defaults on purpose: a missing secret must stop the server from starting.
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

GRAPHIQL_ENABLED = env_bool("GRAPHIQL_ENABLED", False)
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", False)
GRAPHQL_FIELD_SUGGESTIONS = env_bool("GRAPHQL_FIELD_SUGGESTIONS", False)

# TLS is terminated at the load balancer / CDN, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# The response cache is invalidated through the shared cache; with per-process memory
# caches (no REDIS_URL) one worker could serve what another has already invalidated.
if not os.environ.get("REDIS_URL"):
    GRAPHQL_RESPONSE_CACHE_SECONDS = 0
