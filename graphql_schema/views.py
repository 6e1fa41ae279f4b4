"""The /graphql/ endpoint: graphene-django's view with safe error formatting."""

from __future__ import annotations

import logging

from django.conf import settings
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from graphql import GraphQLError

logger = logging.getLogger("graphql_schema")

INTERNAL_ERROR_MESSAGE = "Internal server error. The error has been logged."


class CatalogueGraphQLView(GraphQLView):
    """Every error carries `extensions.code`; unexpected ones never leak internals."""

    @staticmethod
    def format_error(error):
        if isinstance(error, GraphQLError):
            original = error.original_error
            if original is not None and not isinstance(original, GraphQLError):
                # A bug, not a client mistake: log it, tell the client nothing internal.
                logger.error("GraphQL resolver failed", exc_info=original)
                formatted = {"message": INTERNAL_ERROR_MESSAGE}
                if error.path is not None:
                    formatted["path"] = error.path
                if settings.DEBUG:
                    formatted["message"] = f"{INTERNAL_ERROR_MESSAGE} ({original!r})"
                formatted["extensions"] = {"code": "INTERNAL_SERVER_ERROR"}
                return formatted
            formatted = error.formatted
            extensions = formatted.get("extensions") or {}
            # Errors graphql-core raises itself (syntax, validation) are the client's.
            extensions.setdefault("code", "GRAPHQL_VALIDATION_FAILED")
            formatted["extensions"] = extensions
            return formatted
        return GraphQLView.format_error(error)


graphql_view = csrf_exempt(
    CatalogueGraphQLView.as_view(graphiql=settings.GRAPHIQL_ENABLED)
)
