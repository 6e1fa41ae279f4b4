"""GraphQL errors with a stable `extensions.code` clients can switch on."""

from graphql import GraphQLError


class BadUserInput(GraphQLError):
    """The client sent an argument that can never be valid (malformed key, range …)."""

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": "BAD_USER_INPUT"})


class NotFound(GraphQLError):
    """A reference the query needs to do its work (e.g. the commune to resolve for) is missing."""

    def __init__(self, message: str):
        super().__init__(message, extensions={"code": "NOT_FOUND"})
