"""Settings shared by every environment; everything that varies comes from the environment."""

import importlib.util
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from cms.login_lockout import client_address_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def prepare_threshold(value: str) -> int | None:
    """psycopg's prepare_threshold: runs of a statement before it is prepared
    ("off": never)."""
    return None if value.strip().lower() in {"off", "none", ""} else int(value)


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable into a list of stripped values."""
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = False

INSTALLED_APPS = [
    "cms",
    "catalogue",
    "communes",
    # Before wagtail_localize: its translation editor template is replaced (CSP).
    "editions",
    "graphql_schema",
    # XZuFi exchange with the PVOG and the FIM library (reads catalogue and communes).
    "xzufi",
    # Operational tooling (`manage.py benchmark`); above the product, never imported by it.
    "cms.loadtesting",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    # Translation workflow: segment-by-segment editor with the German source beside each
    # field (replaces wagtail.locales' locale admin with one that knows translations).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "grapple",
    "wagtail_headless_preview",
    "graphene_django",
    "corsheaders",
    "django.contrib.admin",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: load balancers probe /healthz and /readyz by address, over plain HTTP.
    "cms.health.HealthCheckMiddleware",
    # Errors on /graphql/ as JSON with a code, whatever layer fails below.
    "graphql_schema.middleware.JsonErrorsMiddleware",
    # The API keeps its statement timeout on a connection; everything else gets it off.
    "graphql_schema.middleware.ApiStatementTimeoutMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.ApiVaryMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.middleware.AdminContentSecurityPolicyMiddleware",
    # Last, as its documentation asks: locks out login attempts after repeated failures.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin login throttling (django-axes), policy in cms/login_lockout.py and the README:
# AXES_FAILURE_LIMIT failed logins lock an account at an address it has logged in from
# before (failures from that address only) or, counted from everywhere, at all other
# addresses. A lock ends by itself AXES_COOLOFF_HOURS after the last counted failure;
# failures during a lock do not extend it.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", 0.25))
AXES_LOCKOUT_PARAMETERS = "cms.login_lockout.lockout_parameters"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Behind reverse proxies the client address is the one the nearest trusted proxy
# appended to X-Forwarded-For: TRUSTED_PROXY_COUNT proxies in front of the app (0: none,
# clients connect directly). Anything a client put in the header itself is ignored.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", 0))
globals().update(client_address_settings(TRUSTED_PROXY_COUNT))
AXES_RESET_ON_SUCCESS = True

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is only the zero-setup default of `make run`; production and tests use PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if DATABASE_IS_POSTGRES:
    # Bounded waits for a database that is down or hung: connecting gives up after
    # DATABASE_CONNECT_TIMEOUT seconds; keepalives and tcp_user_timeout notice a dead
    # peer. Queries of the API are bounded by its deadline (graphql_schema/deadline.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", 3)),
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 5,
            "keepalives_count": 3,
            "tcp_user_timeout": int(
                os.environ.get("DATABASE_TCP_USER_TIMEOUT_MS", 10_000)
            ),
            # Parameters bound in the server, so that a statement run again on the
            # same connection is planned once (psycopg prepares it after
            # DATABASE_PREPARE_THRESHOLD runs): the API's hot queries repeat their SQL
            # (cms/prepared.py), and planning cost them more than running. Behind
            # PgBouncer in transaction mode set DATABASE_PREPARE_THRESHOLD=off.
            "server_side_binding": env_bool("DATABASE_SERVER_SIDE_BINDING", True),
            "prepare_threshold": prepare_threshold(
                os.environ.get("DATABASE_PREPARE_THRESHOLD", "5")
            ),
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: German is the default content and admin language and the source of
# every edition. The editions are configuration: add a language here, in
# CONTENT_LANGUAGE_FALLBACKS and in CONTENT_LANGUAGE_XZUFI_CODES, then run `manage.py
# setup_editions` (README "Languages"). Leichte Sprache has no ISO code: it is a content
# language of its own under the BCP 47 private-use code `de-x-ls` (German, private use
# "leichte Sprache"), valid wherever a language tag is (xs:language in XZuFi).
LANGUAGE_CODE = "de"
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
# Our own German admin texts first, where Wagtail's are missing or awkward (`make
# messages` compiles them; the .mo is committed, nothing is compiled at run time).
LOCALE_PATHS = [BASE_DIR / "cms" / "locale"]
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("de", "Deutsch"),
    ("de-x-ls", "Leichte Sprache"),
    ("en", "English"),
    ("hsb", "Hornjoserbšćina"),
]
# Where a field has no translation, the API serves the next language of the chain (and
# says so per field). Every chain ends in German, the source.
CONTENT_LANGUAGE_FALLBACKS = {
    "de-x-ls": ["de"],
    "en": ["de"],
    "hsb": ["de"],
}
# PostgreSQL text search configuration per edition (German ones use the search index).
CONTENT_LANGUAGE_SEARCH_CONFIGS = {
    "de": "german",
    "de-x-ls": "german",
    "en": "english",
    "hsb": "simple",
}
# Language codes of the editions in XZuFi exchange (issue 16 maps by this table).
CONTENT_LANGUAGE_XZUFI_CODES = {
    "de": "de",
    "de-x-ls": "de-x-ls",
    "en": "en",
    "hsb": "hsb",
}
# A new translation starts as a draft: it is published only by the „Sprachliche
# Prüfung“ workflow, never because its German source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Optional machine pre-translation (DeepL or LibreTranslate); off unless configured.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

CACHES: dict[str, dict[str, Any]] = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "lebenslagen",
    }
}
# Seconds to connect to and to read from Redis before its call counts as failed.
CACHE_TIMEOUT_SECONDS = float(os.environ.get("CACHE_TIMEOUT_SECONDS", 0.25))
if os.environ.get("REDIS_URL"):
    # Redis is an accelerator: its errors are cache misses, connect and read waits are
    # short, and after a failure it is skipped for CACHE_RETRY_SECONDS (cms/cache_backend).
    CACHES["default"] = {
        "BACKEND": "cms.cache_backend.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "OPTIONS": {
            "SOCKET_CONNECT_TIMEOUT": CACHE_TIMEOUT_SECONDS,
            "SOCKET_TIMEOUT": CACHE_TIMEOUT_SECONDS,
        },
    }
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", 5))

# Wagtail
WAGTAIL_SITE_NAME = "Lebenslagen Sachsen"
# Links in notification e-mails and previews; by default the address `make run` serves.
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"http://localhost:{os.environ.get('PORT', '8000')}"
)
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors work in German time. (Wagtail would offer every zone the server knows, which on
# Debian includes "localtime" — a name browsers reject, breaking the account page.)
WAGTAIL_USER_TIME_ZONES = ["Europe/Berlin"]
# No avatars from an external service: the admin must not leak editors' e-mail hashes.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "txt", "csv"]
# PostgreSQL full-text search with the German configuration: "Geburtsurkunden" finds
# "Geburtsurkunde". On SQLite (`make run`) SQLite's full-text search, ranked the same way.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "cms.search",
        "SEARCH_CONFIG": "german",
    }
}

# GraphQL (grapple + graphene-django)
# grapple's schema without the fields a public reader must not see (public_schema.py).
GRAPHENE = {"SCHEMA": "graphql_schema.public_schema.schema"}
GRAPPLE = {
    "APPS": ["catalogue", "communes"],
    "EXPOSE_GRAPHIQL": False,
    "ADD_SEARCH_HIT": False,
    "PAGE_SIZE": 20,
    "MAX_PAGE_SIZE": 100,
    # Parents, too, must pass the visibility rule (see graphql_schema/generic.py).
    "PAGE_INTERFACE": "graphql_schema.generic.PublicPageInterface",
    # grapple's own image fields render only these filters (ours: GRAPHQL_IMAGE_SIZES).
    "ALLOWED_IMAGE_FILTERS": [
        f"width-{size}" for size in (80, 160, 320, 640, 1024, 1600)
    ],
}
# GraphiQL in the browser at /graphql/ (development only by default).
GRAPHIQL_ENABLED = env_bool("GRAPHIQL_ENABLED", False)

# Headless previews: the admin's preview opens the frontend (per Site hostname, "default"
# for all others) with a signed token; the GraphQL API accepts it as `previewToken`.
# Format: "default=https://portal.example/vorschau,dresden.example=https://dresden.example/vorschau"
# Unset (the default), the CMS renders previews itself as the portal would show the page.
WAGTAIL_HEADLESS_PREVIEW: dict[str, Any] = {
    "CLIENT_URLS": dict(
        item.split("=", 1) for item in env_list("HEADLESS_PREVIEW_CLIENT_URLS", "")
    ),
    "REDIRECT_ON_PREVIEW": False,
    "ENFORCE_TRAILING_SLASH": True,
}
# The admin's Content Security Policy (django-csp, applied under /admin/ only): no
# inline or foreign scripts at all — Wagtail's inline initialisers run from a marker
# instead (cms/compat.py); previews may frame the configured frontends.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        # Wagtail's admin sets style attributes (e.g. progress bars, panel widths).
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            *sorted(
                {
                    f"{parts.scheme}://{parts.netloc}"
                    for url in WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].values()
                    if (parts := urlsplit(url)).scheme and parts.netloc
                }
            ),
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
# How long a preview token stays valid, in seconds.
PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("PREVIEW_TOKEN_MAX_AGE", 60 * 60))

EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "redaktion@lebenslagen.example"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Background task bookkeeping and per-page audit lines are noise on the console;
        # the audit trail lives in Wagtail's log entries.
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
        "wagtail": {"level": os.environ.get("WAGTAIL_LOG_LEVEL", "WARNING")},
    },
}

# GraphQL abuse limits (per operation / request); every one can be set from the environment.
GRAPHQL_MAX_DEPTH = int(os.environ.get("GRAPHQL_MAX_DEPTH", 10))
GRAPHQL_MAX_ALIASES = int(os.environ.get("GRAPHQL_MAX_ALIASES", 30))
GRAPHQL_MAX_FIELDS = int(os.environ.get("GRAPHQL_MAX_FIELDS", 400))
GRAPHQL_MAX_BODY_BYTES = int(os.environ.get("GRAPHQL_MAX_BODY_BYTES", 100_000))
# Highest estimated cost of one operation (fields × list sizes, see graphql_schema/cost.py).
GRAPHQL_MAX_COST = int(os.environ.get("GRAPHQL_MAX_COST", 50_000))
# Seconds one GraphQL operation may run: checked between resolvers and before each new
# rendition, PostgreSQL's statement_timeout bounds each statement by it, and a database
# that does not answer at all has its connection cut one second after it.
GRAPHQL_TIMEOUT_SECONDS = float(os.environ.get("GRAPHQL_TIMEOUT_SECONDS", 10))
# Largest answer in bytes (larger ones are refused with RESPONSE_TOO_LARGE), and largest
# answer kept in the response cache.
GRAPHQL_MAX_RESPONSE_BYTES = int(
    os.environ.get("GRAPHQL_MAX_RESPONSE_BYTES", 5_000_000)
)
GRAPHQL_RESPONSE_CACHE_MAX_BYTES = int(
    os.environ.get("GRAPHQL_RESPONSE_CACHE_MAX_BYTES", 500_000)
)
# Retry-After (seconds) of 503 answers when the database is unavailable.
GRAPHQL_RETRY_AFTER_SECONDS = int(os.environ.get("GRAPHQL_RETRY_AFTER_SECONDS", 5))
# How often (seconds) each process reads the response cache's generation from the
# database: the longest a cached answer can outlive its content if Redis loses or
# restores data (0: read only when in doubt, for tests).
GRAPHQL_CACHE_GENERATION_SECONDS = float(
    os.environ.get("GRAPHQL_CACHE_GENERATION_SECONDS", 2)
)
# Schema introspection (and GraphiQL). Off in production unless explicitly enabled.
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", True)
# "Did you mean …?" hints in error messages; they follow introspection by default.
GRAPHQL_FIELD_SUGGESTIONS = env_bool("GRAPHQL_FIELD_SUGGESTIONS", GRAPHQL_INTROSPECTION)
# Browser origins of the frontends allowed to call /graphql/ (CORS), comma-separated.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/graphql/$"
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
# The fixed set of renditions the API produces (README "Images"): widths in pixels,
# crops (width × height) and formats; AVIF, slow to encode, only up to AVIF_MAX_WIDTH.
GRAPHQL_IMAGE_SIZES = [80, 160, 320, 640, 1024, 1600]
GRAPHQL_IMAGE_CROPS = [(80, 80), (160, 160), (320, 180), (640, 360), (1280, 720)]
GRAPHQL_IMAGE_AVIF_MAX_WIDTH = 320
# New rendition files one request may make (existing ones are served without limit).
GRAPHQL_MAX_NEW_RENDITIONS = int(os.environ.get("GRAPHQL_MAX_NEW_RENDITIONS", 6))
# Server-side cache of GraphQL responses (seconds; 0 switches it off). Invalidated by
# the tags of what changed (graphql_schema/cache.py), so it can be long.
GRAPHQL_RESPONSE_CACHE_SECONDS = int(
    os.environ.get("GRAPHQL_RESPONSE_CACHE_SECONDS", 600)
)
# Bytes of cached answers each worker keeps in its memory while Redis reports no change
# (graphql_schema/worker_memory.py): a hit then costs no round trip. 0 switches it off;
# only with Redis.
GRAPHQL_WORKER_MEMORY_BYTES = int(
    os.environ.get("GRAPHQL_WORKER_MEMORY_BYTES", 32 * 1024 * 1024)
)
# Most dependency tags of one cached answer (and of its surrogate-key headers); an
# answer with more depends on its pages' models instead of the pages, or on everything.
GRAPHQL_CACHE_MAX_TAGS = int(os.environ.get("GRAPHQL_CACHE_MAX_TAGS", 40))
# The headers that carry an answer's tags to the CDN (comma-separated): Surrogate-Key
# (Fastly), Cache-Tag (Cloudflare), xkey (Varnish), Edge-Cache-Tag (Akamai).
GRAPHQL_SURROGATE_KEY_HEADERS = env_list(
    "GRAPHQL_SURROGATE_KEY_HEADERS", "Surrogate-Key,Cache-Tag,xkey"
)
# Cache-Control max-age for GET requests, for a CDN in front of the API.
GRAPHQL_HTTP_MAX_AGE = int(os.environ.get("GRAPHQL_HTTP_MAX_AGE", 60))
# Persisted queries (Apollo's APQ protocol): how long a query registered by a client is
# remembered under its sha256 hash (clients register it again when it has expired).
GRAPHQL_PERSISTED_QUERY_SECONDS = int(
    os.environ.get("GRAPHQL_PERSISTED_QUERY_SECONDS", 7 * 24 * 60 * 60)
)
# Registrations by clients: largest query text (bytes) and registrations per client
# address and hour; only queries that parse, validate and pass the limits are kept.
GRAPHQL_PERSISTED_QUERY_MAX_BYTES = int(
    os.environ.get("GRAPHQL_PERSISTED_QUERY_MAX_BYTES", 20_000)
)
GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR = int(
    os.environ.get("GRAPHQL_PERSISTED_REGISTRATIONS_PER_HOUR", 100)
)
# A committed manifest of the frontends' queries (Apollo's persisted query manifest or a
# Relay {"id": "query"} map); its queries are always known by their hash.
GRAPHQL_PERSISTED_QUERIES_FILE = os.environ.get("GRAPHQL_PERSISTED_QUERIES_FILE", "")
# Refuse every query that is not in that manifest (and registrations by clients).
GRAPHQL_PERSISTED_QUERIES_ONLY = env_bool("GRAPHQL_PERSISTED_QUERIES_ONLY", False)

# CDN purging with Wagtail's frontend cache, off unless a backend is configured: a purge
# of the changed pages' URLs on publish/unpublish, and of the API answers whose
# surrogate keys a change bumps — by key where the backend can, else the API's URLs
# below (GraphQL GETs differ by query string, so the CDN must treat a purge of
# /graphql/ as a prefix purge, or rely on GRAPHQL_HTTP_MAX_AGE). README "CDN purging".
WAGTAILFRONTENDCACHE = {}
# Purge the API's answers by surrogate key (graphql_schema/frontend_cache.py) where the
# CDN supports it: Varnish with the xkey module, Cloudflare's purge by tag. Fastly
# always purges by key; otherwise the API's URLs below are purged.
FRONTEND_CACHE_PURGE_BY_KEY = env_bool("FRONTEND_CACHE_PURGE_BY_KEY", False)
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    # Varnish, nginx or any cache that accepts HTTP PURGE requests.
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "graphql_schema.frontend_cache.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        "PURGE_BY_KEY": FRONTEND_CACHE_PURGE_BY_KEY,
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    if not os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"):
        raise ImproperlyConfigured(
            "Cloudflare purging needs FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN."
        )
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "graphql_schema.frontend_cache.CloudflareBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ["FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"],
        "PURGE_BY_KEY": FRONTEND_CACHE_PURGE_BY_KEY,
    }
if os.environ.get("FRONTEND_CACHE_FASTLY_SERVICE_ID"):
    if not os.environ.get("FRONTEND_CACHE_FASTLY_API_TOKEN"):
        raise ImproperlyConfigured(
            "Fastly purging needs FRONTEND_CACHE_FASTLY_API_TOKEN."
        )
    WAGTAILFRONTENDCACHE["fastly"] = {
        "BACKEND": "graphql_schema.frontend_cache.FastlyBackend",
        "SERVICE_ID": os.environ["FRONTEND_CACHE_FASTLY_SERVICE_ID"],
        "API_TOKEN": os.environ["FRONTEND_CACHE_FASTLY_API_TOKEN"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    # AWS credentials come from the usual AWS_* variables or the instance role.
    if importlib.util.find_spec("boto3") is None:
        raise ImproperlyConfigured("CloudFront purging needs boto3: pip install boto3.")
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")
# The API's public URLs purged on every change, comma-separated (CloudFront: end in "*").
FRONTEND_CACHE_GRAPHQL_URLS = env_list(
    "FRONTEND_CACHE_GRAPHQL_URLS", WAGTAILADMIN_BASE_URL.rstrip("/") + "/graphql/"
)

# Measuring aids of `manage.py benchmark` (cms.loadtesting), which sets it for the servers
# it starts; off by default, never in production: Wagtail's REST API v2 at /api/v2/ (live
# public pages only, for comparison), a trivial JSON view at /bench/ceiling/, and the SQL
# query count and server time of every request in X-SQL-Queries and X-Server-Time-Ms.
BENCHMARK_ENDPOINTS = env_bool("BENCHMARK_ENDPOINTS", False)
if BENCHMARK_ENDPOINTS:
    INSTALLED_APPS += ["wagtail.api.v2", "rest_framework"]
    MIDDLEWARE.insert(0, "cms.loadtesting.middleware.SQLQueryCountMiddleware")
    WAGTAILAPI_LIMIT_MAX = 100

# XZuFi exchange (xzufi/): the platform's schemeAgencyID qualifies every id it gives out;
# the state's ARS is the area of the central offices.
XZUFI_SCHEME_AGENCY_ID = os.environ.get("XZUFI_SCHEME_AGENCY_ID", "L140000")
XZUFI_STATE_ARS = os.environ.get("XZUFI_STATE_ARS", "140000000000")
# Where the PVOG collector pulls its index (<path>index.json) and files.
XZUFI_FEED_PATH = os.environ.get("XZUFI_FEED_PATH", "xzufi/")
