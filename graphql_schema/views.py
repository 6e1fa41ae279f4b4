"""The /graphql/ endpoint, read top-down.

request size and body (`request.py`) → persisted queries (`persisted.py`) → response
cache (`cache.py`) → parse, cheap limits and validation (`validation.py`) → cost
estimate, deadline and field middlewares (`execution.py`) → errors (`errors.py`) → size
cap → HTTP caching headers (`http_caching.py`).
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from graphql import ExecutionResult

from cms.compat import dispatch_without_csrf_cookie
from cms.context import current as current_read_context
from cms.context import read_context

from . import preview
from .cache import (
    answer_tags,
    cached_response,
    current_stamp,
    hears_every_change,
    kept_answer,
    remember_key_of,
    response_key,
    store_response,
)
from .errors import (
    BAD_USER_INPUT,
    RequestRefused,
    crash_response,
    format_error,
    unavailable_response,
)
from .execution import execute_operation, field_middleware, outcome, size_capped
from .http_caching import http_caching
from .persisted import with_persisted_query
from .request import batch_operations, check_params, size_refusal, state_of
from .validation import prepared_query

JSON = "application/json"


class CatalogueGraphQLView(GraphQLView):
    """Every error carries `extensions.code`; unexpected ones never leak internals."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        refused = size_refusal(request)
        if refused is not None:
            return refused
        try:
            kept = kept_answer(request)
            if kept is not None:
                # Answered before and unchanged since: as `get_response` gives it.
                state_of(request).cache_tags = kept.tags
                text, status = kept.response
                response = HttpResponse(text, status=status, content_type=JSON)
                return http_caching(request, response)
            # One read context per request (cms/context.py). graphene-django's dispatch
            # sets a CSRF cookie on every response; the endpoint is csrf-exempt, and a
            # Set-Cookie keeps CDNs from caching answers.
            with read_context():
                response = dispatch_without_csrf_cookie(
                    GraphQLView, self, request, *args, **kwargs
                )
        except Exception as error:
            return crash_response(error)
        if state_of(request).unavailable:
            return unavailable_response()
        return http_caching(request, response)

    def parse_body(self, request: HttpRequest):
        operations = batch_operations(request, self.get_content_type(request))
        if operations is None:
            return super().parse_body(request)
        self.batch = True
        return operations

    @staticmethod
    def get_graphql_params(request: HttpRequest, data: dict):
        params = GraphQLView.get_graphql_params(request, data)
        check_params(*params[:3])
        return params

    def get_response(self, request: HttpRequest, data: dict, show_graphiql=False):
        # Every operation of a batch passes here, too.
        data = with_persisted_query(request, data)
        if show_graphiql:
            return super().get_response(request, data, show_graphiql)
        query, variables, operation_name, id_ = self.get_graphql_params(request, data)
        key = None
        if not self.batch:
            key = response_key(request, query, variables, operation_name)
            if key is not None:
                remember_key_of(request, key)
        state = state_of(request)
        stamp = None
        if key is not None:
            stamp, cached = cached_response(key)
            if cached is not None:
                state.cache_tags = cached.tags
                return cached.response
        elif hears_every_change():
            stamp = current_stamp()
        context = current_read_context()
        if context is not None and stamp is not None:
            # Nothing changed since `stamp` was read: what every request looks up
            # (hidden subtrees, locales, Sites) is kept across requests until it is.
            context.version = stamp
        text, status, has_errors = self.run(
            request, query, variables, operation_name, id_
        )
        if has_errors:
            state.had_errors = True
        if not self.batch and context is not None:
            # What the answer was computed from: its surrogate keys, and the tags it
            # is stored under.
            state.cache_tags = answer_tags(context)
        # Only complete, public and not too large answers are shared.
        if (
            key is not None
            and state.cache_tags is not None
            and status == 200
            and not has_errors
            and not preview.is_private(request)
            and len(text) <= settings.GRAPHQL_RESPONSE_CACHE_MAX_BYTES
        ):
            store_response(key, stamp, (text, status), state.cache_tags)
        return text, status

    def run(self, request, query, variables, operation_name, id_):
        """One operation: (JSON text, HTTP status, whether it has errors)."""
        result = self.execute_graphql_request(
            request, None, query, variables, operation_name
        )
        answer = outcome(request, result, self.format_error)
        if self.batch:
            answer.body["id"] = id_
            answer.body["status"] = answer.status
        text = self.json_encode(request, answer.body)
        return size_capped(text, answer.status, answer.has_errors)

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        """Parse, limits and validation (once per query text), then execution."""
        if not query:
            if show_graphiql:
                return None
            raise RequestRefused("Must provide query string.", BAD_USER_INPUT)
        document, errors = prepared_query(query)
        if errors or document is None:
            return ExecutionResult(data=None, errors=list(errors))
        return execute_operation(
            request,
            self.schema.graphql_schema,
            document,
            query=query,
            variables=variables,
            operation_name=operation_name,
            root_value=self.get_root_value(request),
            middleware=self.get_middleware(request),
        )

    @staticmethod
    def format_error(error):
        return format_error(error)


graphql_view = csrf_exempt(
    CatalogueGraphQLView.as_view(
        graphiql=settings.GRAPHIQL_ENABLED and settings.GRAPHQL_INTROSPECTION,
        middleware=field_middleware(),
    )
)
