from django.apps import AppConfig


class GraphqlSchemaConfig(AppConfig):
    """The public GraphQL API of the catalogue and the communes."""

    name = "graphql_schema"
    verbose_name = "GraphQL-API"

    def ready(self) -> None:
        from .invalidation import connect_invalidation

        connect_invalidation()
