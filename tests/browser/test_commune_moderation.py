"""In a real browser: a commune editor adapts a service, the moderator approves it, and
the GraphQL API serves the new text."""

from tests.browser.admin import admin_session, graphql, open_admin_page, screenshot

ADAPTATION_PATH = "/radebeul/leistungen/wohnsitz-anmelden/"
NEW_TEASER = "Radebeul: Anmeldung im Bürgerbüro am Markt, Termin bitte online buchen."
QUERY = '{ service(leikaKey: "99115030001000", commune: "146270230230") { teaser localisedFields } }'


def test_editor_submits_moderator_approves_api_serves_new_text(
    browser, live_cms, page_ids
):
    page_id = page_ids.at(ADAPTATION_PATH)
    edit_url = f"{live_cms.url}/admin/pages/{page_id}/edit/"
    assert graphql(live_cms.url, QUERY)["data"]["service"]["teaser"] != NEW_TEASER

    # The commune editor replaces the teaser locally and submits it for approval.
    with admin_session(browser, live_cms.url, "radebeul-redaktion") as page:
        open_admin_page(page, edit_url)
        page.click("#tab-label-ortliche_texte")
        page.click("button[aria-controls=panel-child-ortliche_texte-kurztext-content]")
        page.fill("#id_local_teaser", NEW_TEASER)
        page.select_option("#id_teaser_mode", "replace")
        page.click("footer .w-dropdown__toggle")
        page.click("button[name=action-submit]")
        page.wait_for_url(f"{live_cms.url}/admin/pages/*/")
        assert "zur Moderation eingereicht" in page.content()
        page.problems.assert_none("editor submits")

    # Submitted is not published.
    assert graphql(live_cms.url, QUERY)["data"]["service"]["teaser"] != NEW_TEASER

    # The moderator sees the task on the dashboard and approves it.
    with admin_session(browser, live_cms.url, "radebeul-moderation") as page:
        assert "Wohnsitz anmelden" in page.content()
        open_admin_page(page, edit_url)
        page.click("footer .w-dropdown__toggle")
        page.click(
            "button[data-workflow-action-name=approve]"
            ":not([data-workflow-action-modal-url])"
        )
        page.wait_for_url(f"{live_cms.url}/admin/pages/*/")
        open_admin_page(page, f"{live_cms.url}/admin/pages/{page_id}/history/")
        screenshot(page, "commune-moderation-approved")
        assert "radebeul-moderation" in page.content()
        page.problems.assert_none("moderator approves")

    service = graphql(live_cms.url, QUERY)["data"]["service"]
    assert service["teaser"] == NEW_TEASER
    assert "teaser" in service["localisedFields"]
