"""The /graphql/ endpoint, read top-down.

request size → request parsing (batches, parameters) → persisted queries → parse and
cheap limits (linear) → validation → cost estimate → response cache → execution under a
deadline → errors (`errors.py`) → size cap → HTTP caching headers (`http_caching.py`).
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
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

from . import deadline, persisted, preview
from .arguments import ArgumentsMiddleware, has_lone_surrogate
from .cache import cached_response, response_key, store_response
from .cost import check_cost
from .errors import (
    BAD_USER_INPUT,
    QUERY_TOO_COMPLEX,
    RESPONSE_TOO_LARGE,
    DatabaseUnavailable,
    OperationAborted,
    QueryTooComplex,
    error_body,
    error_response,
    format_error,
    is_database_unavailable,
    unavailable_response,
)
from .http_caching import http_caching
from .limits import MAX_TOKENS, NoSchemaIntrospection, limit_errors, limit_settings

logger = logging.getLogger("graphql_schema")

MAX_BATCH = 5


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
    rules = list(specified_rules)
    if not settings.GRAPHQL_INTROSPECTION:
        rules.append(NoSchemaIntrospection)
    return rules


@lru_cache(maxsize=256)
def prepared_query(
    query: str, *_limit_settings
) -> tuple[DocumentNode | None, tuple[GraphQLError, ...]]:
    """The parsed and validated query, computed once per query text and settings.

    The cheap limits run first and in linear time; a query beyond them never reaches
    graphql-core's validation, whose overlapping-fields rule is quadratic.
    """
    try:
        document = parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError as error:
        if "more than" in error.message and "tokens" in error.message:
            error = QueryTooComplex(
                f"Query is too complex: more than {MAX_TOKENS} tokens. Split it into "
                "smaller queries."
            )
        return None, (error,)
    errors = limit_errors(document)
    if errors:
        return document, tuple(errors)
    errors = validate(
        graphene_settings.SCHEMA.graphql_schema,
        document,
        validation_rules(),
        graphene_settings.MAX_VALIDATION_ERRORS,
    )
    return document, tuple(errors)


def query_errors(query: str) -> tuple[GraphQLError, ...]:
    """Why a query text cannot run (empty when it parses, passes limits and validates)."""
    return prepared_query(query, *limit_settings())[1]


class CatalogueGraphQLView(GraphQLView):
    """Every error carries `extensions.code`; unexpected ones never leak internals."""

    def dispatch(self, request, *args, **kwargs):
        length = int(request.META.get("CONTENT_LENGTH") or 0)
        length = max(length, len(request.META.get("QUERY_STRING", "")))
        if length > settings.GRAPHQL_MAX_BODY_BYTES:
            return error_response(
                f"Request too large: {length} bytes, the limit is "
                f"{settings.GRAPHQL_MAX_BODY_BYTES}.",
                QUERY_TOO_COMPLEX,
                413,
            )
        try:
            # graphene-django's dispatch sets a CSRF cookie on every response; the
            # endpoint is csrf-exempt, and a Set-Cookie keeps CDNs from caching answers.
            response = GraphQLView.dispatch.__wrapped__(self, request, *args, **kwargs)
        except Exception as error:
            # Never Django's HTML error page on /graphql/.
            if is_database_unavailable(error):
                return unavailable_response()
            logger.error("GraphQL request failed", exc_info=error)
            return error_response(
                format_error(error)["message"], "INTERNAL_SERVER_ERROR", 500
            )
        if getattr(request, "graphql_unavailable", False):
            return unavailable_response()
        return http_caching(request, response)

    def get_response(self, request, data, show_graphiql=False):
        # Every operation of a batch passes here, too.
        data = self.with_persisted_query(request, data)
        if show_graphiql:
            return super().get_response(request, data, show_graphiql)
        query, variables, operation_name, id_ = self.get_graphql_params(request, data)
        key = None
        if not self.batch:
            key = response_key(request, query, variables, operation_name)
        if key is not None:
            version, cached = cached_response(key)
            if cached is not None:
                return cached
        result, status_code, has_errors = self.run(
            request, query, variables, operation_name, id_
        )
        if has_errors:
            request.graphql_had_errors = True
        # Only complete, public and not too large answers are shared.
        if (
            key is not None
            and status_code == 200
            and not has_errors
            and not preview.is_private(request)
            and len(result) <= settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES
        ):
            store_response(key, version, (result, status_code))
        return result, status_code

    def run(self, request, query, variables, operation_name, id_):
        """Execute one operation: (JSON text, HTTP status, whether it has errors)."""
        execution_result = self.execute_graphql_request(
            request, None, query, variables, operation_name
        )
        status_code = 200
        response = {}
        errors = execution_result.errors or []
        if errors:
            response["errors"] = [self.format_error(error) for error in errors]
        aborted = getattr(request, "graphql_aborted", None)
        if aborted is None and any(
            is_database_unavailable(getattr(error, "original_error", None))
            for error in errors
        ):
            # A lazy list read by graphql-core itself, outside the field middleware.
            aborted = DatabaseUnavailable()
        if aborted is not None:
            request.graphql_aborted = None
            status_code = aborted.status
            if aborted.status == 503:
                request.graphql_unavailable = True
        elif errors and any(not getattr(error, "path", None) for error in errors):
            status_code = 400
        else:
            response["data"] = execution_result.data
        if self.batch:
            response["id"] = id_
            response["status"] = status_code
        result = self.json_encode(request, response)
        if len(result) > settings.GRAPHQL_MAX_RESPONSE_BYTES:
            refused = error_body(
                f"The answer is larger than {settings.GRAPHQL_MAX_RESPONSE_BYTES} "
                "bytes. Ask for fewer items or fields.",
                RESPONSE_TOO_LARGE,
                size=len(result),
            )
            return json.dumps(refused), 400, True
        return result, status_code, bool(errors)

    @staticmethod
    def with_persisted_query(request: HttpRequest, data: dict) -> dict:
        """The request's parameters with the query a persisted-query hash stands for."""
        extensions = request.GET.get("extensions") or data.get("extensions")
        query = request.GET.get("query") or data.get("query")
        try:
            resolved = persisted.resolve_query(request, extensions, query, query_errors)
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
                    "Batches must be a list of operations.", BAD_USER_INPUT
                )
            if not 0 < len(operations) <= MAX_BATCH:
                raise RequestRefused(
                    f"A batch may hold 1 to {MAX_BATCH} operations.", QUERY_TOO_COMPLEX
                )
            self.batch = True
            return operations
        return super().parse_body(request)

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        """Parse, limits and validation (once per query text), cost, then execution."""
        if not query:
            if show_graphiql:
                return None
            raise RequestRefused("Must provide query string.", BAD_USER_INPUT)
        document, errors = prepared_query(query, *limit_settings())
        if errors:
            return ExecutionResult(data=None, errors=list(errors))
        operation = get_operation_ast(document, operation_name)
        if operation is not None and operation.operation != OperationType.QUERY:
            # The API is read-only: the schema has no mutations or subscriptions.
            raise RequestRefused("Only queries are supported.", BAD_USER_INPUT)
        schema = self.schema.graphql_schema
        too_complex = check_cost(query, document, operation_name, variables, schema)
        if too_complex is not None:
            return ExecutionResult(data=None, errors=[too_complex])
        deadline.start(request)
        try:
            return execute(
                schema,
                document,
                root_value=self.get_root_value(request),
                context_value=self.get_context(request),
                variable_values=variables,
                operation_name=operation_name,
                middleware=self.get_middleware(request),
            )
        except OperationAborted as aborted:
            # One error for the whole operation (deadline passed, database gone).
            request.graphql_aborted = aborted
            return ExecutionResult(
                data=None,
                errors=[
                    GraphQLError(aborted.message, extensions={"code": aborted.code})
                ],
            )
        except Exception as error:
            return ExecutionResult(errors=[error])
        finally:
            deadline.finish(request)

    @staticmethod
    def get_graphql_params(request, data):
        query, variables, operation_name, id = GraphQLView.get_graphql_params(
            request, data
        )
        if query is not None and not isinstance(query, str):
            raise RequestRefused("query must be a string.", BAD_USER_INPUT)
        if variables is not None and not isinstance(variables, dict):
            raise RequestRefused("variables must be a JSON object.", BAD_USER_INPUT)
        if operation_name is not None and not isinstance(operation_name, str):
            raise RequestRefused("operationName must be a string.", BAD_USER_INPUT)
        if any(
            has_lone_surrogate(value) for value in (query, variables, operation_name)
        ):
            raise RequestRefused(
                "The request contains text that is not valid Unicode (a lone "
                "surrogate such as \\ud800).",
                BAD_USER_INPUT,
            )
        return query, variables, operation_name, id

    @staticmethod
    def format_error(error):
        return format_error(error)


def _graphiql_enabled() -> bool:
    return settings.GRAPHIQL_ENABLED and settings.GRAPHQL_INTROSPECTION


graphql_view = csrf_exempt(
    CatalogueGraphQLView.as_view(
        graphiql=_graphiql_enabled(),
        middleware=[deadline.DeadlineMiddleware(), ArgumentsMiddleware()],
    )
)
