"""The /graphql/ endpoint: graphene-django's view with limits and safe error formatting."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from functools import lru_cache

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.views.decorators.csrf import csrf_exempt
from graphene.validation import DisableIntrospection
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    DocumentNode,
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    parse,
    specified_rules,
    validate,
)

from . import persisted
from .arguments import content_type_arg, id_arg, order_arg, pagination_args
from .cache import cached_response, response_key, store_response
from .errors import BadUserInput
from .limits import TOO_COMPLEX, QueryLimitsRule, limit_settings

logger = logging.getLogger("graphql_schema")

SUGGESTION_RE = re.compile(r" ?Did you mean .*\?$")
INTERNAL_ERROR_MESSAGE = "Internal server error. The error has been logged."
MAX_BATCH = 5


def error_response(message: str, code: str, status: int) -> HttpResponse:
    body = {"errors": [{"message": message, "extensions": {"code": code}}]}
    return HttpResponse(
        json.dumps(body), status=status, content_type="application/json"
    )


class RequestRefused(HttpError):
    """A request refused before any query runs, with the code clients switch on."""

    def __init__(self, message: str, code: str, status: int = 400):
        response = HttpResponse(status=status)
        # Refusals (PersistedQueryNotFound comes with status 200) must not reach a CDN.
        response["Cache-Control"] = "no-store"
        super().__init__(response, message)
        self.code = code


def validation_rules() -> list:
    """graphql-core's standard rules plus ours (a custom list replaces the defaults)."""
    rules = [*specified_rules, QueryLimitsRule]
    if not settings.GRAPHQL_INTROSPECTION:
        rules.append(DisableIntrospection)
    return rules


class StatementTimeoutMiddleware:
    """Caps SQL statements of a request that passed validation (PostgreSQL only).

    Set on the first resolver, so refused queries run no SQL at all; reset by the view.
    """

    def resolve(self, next_, root, info, **kwargs):
        request = info.context
        if not getattr(request, "_statement_timeout_set", False):
            request._statement_timeout_set = True
            if connection.vendor == "postgresql":
                milliseconds = str(int(settings.GRAPHQL_TIMEOUT_SECONDS * 1000))
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT set_config('statement_timeout', %s, false)",
                        [milliseconds],
                    )
        return next_(root, info, **kwargs)


class ArgumentsMiddleware:
    """Checks arguments every field shares, grapple's generic ones included.

    PostgreSQL cannot compare NUL characters; `order` is an allow-list (never an error
    that lists internal field names); ids are numbers; limit and offset are in range.
    """

    def resolve(self, next_, root, info, **kwargs):
        for name, value in kwargs.items():
            if isinstance(value, str) and "\x00" in value:
                raise BadUserInput(f"{name} must not contain NUL characters.")
        if kwargs.get("order") is not None:
            return_type = str(info.return_type)
            media = "Image" in return_type or "Document" in return_type
            order_arg(kwargs["order"], "media" if media else "page")
        if kwargs.get("content_type") is not None:
            content_type_arg(kwargs["content_type"])
        for name in ("id", "collection"):
            if isinstance(kwargs.get(name), str):
                id_arg(kwargs[name])
        if kwargs.get("limit") is not None or kwargs.get("offset") is not None:
            pagination_args(kwargs.get("limit"), kwargs.get("offset"))
        return next_(root, info, **kwargs)


def reset_statement_timeout(request) -> None:
    if getattr(request, "_statement_timeout_set", False) and (
        connection.vendor == "postgresql"
    ):
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', '0', false)")


def _is_timeout(error: BaseException) -> bool:
    cause = getattr(error, "__cause__", None)
    return isinstance(error, DatabaseError) and type(cause).__name__ == "QueryCanceled"


@lru_cache(maxsize=256)
def prepared_query(
    query: str, *_limit_settings
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    """The parsed and validated query, computed once per query text and settings.

    Frontends send the same few queries over and over; parsing and validating them
    took a fifth of an uncached request.
    """
    try:
        document = parse(query)
    except GraphQLError as error:
        return None, (error,)
    errors = validate(
        graphene_settings.SCHEMA.graphql_schema,
        document,
        validation_rules(),
        graphene_settings.MAX_VALIDATION_ERRORS,
    )
    return document, tuple(errors)


class CatalogueGraphQLView(GraphQLView):
    """Every error carries `extensions.code`; unexpected ones never leak internals."""

    def dispatch(self, request, *args, **kwargs):
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        length = max(length, len(request.META.get("QUERY_STRING", "")))
        if length > settings.GRAPHQL_MAX_BODY_BYTES:
            return error_response(
                f"Request too large: {length} bytes, the limit is "
                f"{settings.GRAPHQL_MAX_BODY_BYTES}.",
                TOO_COMPLEX,
                413,
            )
        # graphene-django's dispatch sets a CSRF cookie on every response; the endpoint
        # is csrf-exempt, and a Set-Cookie keeps CDNs from caching public answers.
        response = GraphQLView.dispatch.__wrapped__(self, request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200:
            return self.http_cacheable(request, response)
        return response

    @staticmethod
    def http_cacheable(request, response):
        """ETag and Cache-Control for GET queries, so a CDN can cache them; 304s."""
        if response.get("Content-Type", "").startswith("text/html"):
            return response  # GraphiQL
        if response.has_header("Cache-Control"):
            return response  # a refusal that must not be cached
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
        if etag in request.headers.get("If-None-Match", ""):
            not_modified = HttpResponseNotModified()
            not_modified["ETag"] = etag
            return not_modified
        response["ETag"] = etag
        response["Cache-Control"] = f"public, max-age={settings.GRAPHQL_HTTP_MAX_AGE}"
        response["Vary"] = "Accept-Encoding, Origin"
        return response

    def get_response(self, request, data, show_graphiql=False):
        # Every operation of a batch passes here, too.
        data = self.with_persisted_query(request, data)
        if show_graphiql or self.batch:
            return super().get_response(request, data, show_graphiql)
        query, variables, operation_name, _id = self.get_graphql_params(request, data)
        key = response_key(request, query, variables, operation_name)
        if key is not None:
            version, cached = cached_response(key)
            if cached is not None:
                return cached
        result, status_code = super().get_response(request, data, show_graphiql)
        # Only complete answers are shared; errors are cheap to recompute.
        if (
            key is not None
            and status_code == 200
            and not result.startswith('{"errors"')
        ):
            store_response(key, version, (result, status_code))
        return result, status_code

    @staticmethod
    def with_persisted_query(request: HttpRequest, data: dict) -> dict:
        """The request's parameters with the query a persisted-query hash stands for."""
        extensions = request.GET.get("extensions") or data.get("extensions")
        query = request.GET.get("query") or data.get("query")
        try:
            resolved = persisted.resolve_query(extensions, query)
        except persisted.PersistedQueryError as error:
            raise RequestRefused(str(error), error.code, error.status) from error
        if resolved is query:
            return data
        data = data.copy()
        data["query"] = resolved
        return data

    def parse_body(self, request):
        # Batches (a JSON list of operations) are accepted up to MAX_BATCH entries.
        content_type = self.get_content_type(request)
        if content_type == "application/json" and request.body.lstrip()[:1] == b"[":
            try:
                operations = json.loads(request.body.decode("utf-8"))
            except ValueError:
                operations = None
            if not isinstance(operations, list) or not all(
                isinstance(op, dict) for op in operations
            ):
                raise RequestRefused(
                    "Batches must be a list of operations.", "BAD_USER_INPUT"
                )
            if not 0 < len(operations) <= MAX_BATCH:
                raise RequestRefused(
                    f"A batch may hold 1 to {MAX_BATCH} operations.", TOO_COMPLEX
                )
            self.batch = True
            return operations
        return super().parse_body(request)

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        """graphene-django's steps, with parsing and validation reused per query text."""
        if not query:
            if show_graphiql:
                return None
            raise RequestRefused("Must provide query string.", "BAD_USER_INPUT")
        document, errors = prepared_query(query, *limit_settings())
        if errors:
            return ExecutionResult(data=None, errors=list(errors))
        operation = get_operation_ast(document, operation_name)
        if operation is not None and operation.operation != OperationType.QUERY:
            # The API is read-only: the schema has no mutations or subscriptions.
            raise RequestRefused("Only queries are supported.", "BAD_USER_INPUT")
        try:
            return execute(
                self.schema.graphql_schema,
                document,
                root_value=self.get_root_value(request),
                context_value=self.get_context(request),
                variable_values=variables,
                operation_name=operation_name,
                middleware=self.get_middleware(request),
            )
        except Exception as error:
            return ExecutionResult(errors=[error])
        finally:
            reset_statement_timeout(request)

    @staticmethod
    def get_graphql_params(request, data):
        query, variables, operation_name, id = GraphQLView.get_graphql_params(
            request, data
        )
        if query is not None and not isinstance(query, str):
            raise RequestRefused("query must be a string.", "BAD_USER_INPUT")
        if variables is not None and not isinstance(variables, dict):
            raise RequestRefused("variables must be a JSON object.", "BAD_USER_INPUT")
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestRefused("operationName must be a string.", "BAD_USER_INPUT")
        return query, variables, operation_name, id

    @staticmethod
    def format_error(error):
        if isinstance(error, GraphQLError):
            original = error.original_error
            if original is not None and not isinstance(original, GraphQLError):
                if _is_timeout(original):
                    code, message = (
                        "TIMEOUT",
                        "The query took too long and was stopped.",
                    )
                else:
                    # A bug, not a client mistake: log it, tell the client nothing internal.
                    logger.error("GraphQL resolver failed", exc_info=original)
                    code, message = "INTERNAL_SERVER_ERROR", INTERNAL_ERROR_MESSAGE
                    if settings.DEBUG:
                        message = f"{message} ({original!r})"
                formatted = {"message": message, "extensions": {"code": code}}
                if error.path is not None:
                    formatted["path"] = error.path
                return formatted
            formatted = error.formatted
            if not settings.GRAPHQL_FIELD_SUGGESTIONS:
                # "Did you mean …?" would reveal the schema with introspection off.
                formatted["message"] = SUGGESTION_RE.sub("", formatted["message"])
            extensions = formatted.get("extensions") or {}
            # Errors graphql-core raises itself (syntax, validation) are the client's.
            extensions.setdefault("code", "GRAPHQL_VALIDATION_FAILED")
            formatted["extensions"] = extensions
            return formatted
        if isinstance(error, HttpError):
            # Malformed requests: bad JSON, no query, wrong method or content type.
            return {
                "message": str(error.message or "Bad request."),
                "extensions": {"code": getattr(error, "code", "BAD_USER_INPUT")},
            }
        logger.error("GraphQL request failed", exc_info=error)
        return {
            "message": INTERNAL_ERROR_MESSAGE,
            "extensions": {"code": "INTERNAL_SERVER_ERROR"},
        }


def _graphiql_enabled() -> bool:
    return settings.GRAPHIQL_ENABLED and settings.GRAPHQL_INTROSPECTION


graphql_view = csrf_exempt(
    CatalogueGraphQLView.as_view(
        graphiql=_graphiql_enabled(),
        middleware=[ArgumentsMiddleware(), StatementTimeoutMiddleware()],
    )
)
