"""In a real browser: a commune editor adapts a service, the moderator approves it, and
the GraphQL API serves the new text."""

import json
import urllib.request

from tests.live import ARTIFACTS

ADAPTATION_PATH = "/radebeul/leistungen/wohnsitz-anmelden/"
NEW_TEASER = "Radebeul: Anmeldung im Bürgerbüro am Markt, Termin bitte online buchen."
QUERY = '{ service(leikaKey: "99115030001000", commune: "146270230230") { teaser localisedFields } }'


CSP_VIOLATIONS: list[str] = []


def graphql(base_url: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{base_url}/graphql/",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)


def log_in(browser, base_url: str, username: str):
    context = browser.new_context(
        locale="de-DE", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "demo-passwort")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")
    return context, page


def test_editor_submits_moderator_approves_api_serves_new_text(browser, live_cms):
    (page_id,) = live_cms.query_one(
        "SELECT id FROM wagtailcore_page WHERE url_path = %s", ADAPTATION_PATH
    )
    edit_url = f"{live_cms.url}/admin/pages/{page_id}/edit/"
    assert graphql(live_cms.url, QUERY)["data"]["service"]["teaser"] != NEW_TEASER

    # The commune editor replaces the teaser locally and submits it for approval.
    context, page = log_in(browser, live_cms.url, "radebeul-redaktion")
    page.goto(edit_url)
    page.click("#tab-label-ortliche_texte")
    page.click("button[aria-controls=panel-child-ortliche_texte-kurztext-content]")
    page.fill("#id_local_teaser", NEW_TEASER)
    page.select_option("#id_teaser_mode", "replace")
    page.click("footer .w-dropdown__toggle")
    page.click("button[name=action-submit]")
    page.wait_for_url(f"{live_cms.url}/admin/pages/*/")
    assert "zur Moderation eingereicht" in page.content()
    context.close()

    # Submitted is not published.
    assert graphql(live_cms.url, QUERY)["data"]["service"]["teaser"] != NEW_TEASER

    # The moderator sees the task on the dashboard and approves it.
    context, page = log_in(browser, live_cms.url, "radebeul-moderation")
    assert "Wohnsitz anmelden" in page.content()
    page.goto(edit_url)
    page.click("footer .w-dropdown__toggle")
    page.click(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    page.wait_for_url(f"{live_cms.url}/admin/pages/*/")
    page.goto(f"{live_cms.url}/admin/pages/{page_id}/history/")
    page.screenshot(
        path=str(ARTIFACTS / "commune-moderation-approved.png"), full_page=True
    )
    assert "radebeul-moderation" in page.content()
    context.close()

    service = graphql(live_cms.url, QUERY)["data"]["service"]
    assert service["teaser"] == NEW_TEASER
    assert "teaser" in service["localisedFields"]
    assert CSP_VIOLATIONS == []
