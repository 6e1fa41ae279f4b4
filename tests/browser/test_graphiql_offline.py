"""GraphiQL at /graphql/ loads in Chromium from the project's own assets only (it works
in a network without internet access), and its documentation explorer shows the
schema's descriptions."""

from __future__ import annotations

from tests.browser.admin import screenshot


def test_graphiql_loads_without_any_request_outside_the_server(browser, live_cms):
    context = browser.new_context(locale="de-DE")
    requested: list[str] = []
    errors: list[str] = []

    def only_this_server(route) -> None:
        url = route.request.url
        requested.append(url)
        # As in an authority's network: nothing outside answers.
        if url.startswith(live_cms.url) or url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", only_this_server)
    page = context.new_page()
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if message.type == "error" else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(f"{live_cms.url}/graphql/")
        page.locator(".graphiql-container").wait_for()
        page.get_by_label("Show Documentation Explorer").click()
        page.locator(".graphiql-doc-explorer").get_by_text("Query", exact=True).click()
        docs = page.locator(".graphiql-doc-explorer")
        docs.get_by_text("Full-text search over life situations").first.wait_for()
        screenshot(page, "graphiql-offline-doc-explorer")

        outside = [url for url in requested if not url.startswith(live_cms.url)]
        assert not outside, outside
        assert any("/static/vendor/graphiql/" in url for url in requested)
        assert not errors, errors
    finally:
        context.close()
