"""In a real browser: a translator translates a service into Upper Sorbian segment by
segment with the German source beside each one, submits it; the language reviewer
approves; the API serves the Sorbian title and says which fields are still German."""

from tests.browser.admin import admin_session, graphql, open_admin_page, screenshot

KEY = "99115030001000"
GERMAN_TITLE = "Wohnsitz anmelden"
HSB_TITLE = "Bydlenje přizjewić"
QUERY = (
    '{ service(leikaKey: "99115030001000", locale: "hsb") '
    "{ title teaser locale availableLocales fallbackFields } }"
)


def test_translator_translates_reviewer_approves_api_serves_upper_sorbian(
    browser, live_cms
):
    assert graphql(live_cms.url, QUERY)["data"]["service"]["locale"] == "de"

    with admin_session(browser, live_cms.url, "uebersetzung-hsb") as page:
        # „Übersetzungen“ lists the German service; „Übersetzen“ in the hsb column.
        open_admin_page(page, f"{live_cms.url}/admin/editions/?q={GERMAN_TITLE}")
        page.click("td[data-locale=hsb] a")
        page.wait_for_load_state("networkidle")
        assert page.is_checked("input[name=locales]")  # hsb chosen, the only one
        page.click("main form input[type=submit]")
        page.wait_for_url(f"{live_cms.url}/admin/pages/*/edit/")
        page.wait_for_load_state("networkidle")
        edit_url = page.url

        # The German source of each segment is shown; the title is translated.
        title = page.locator(".js-translation-editor li.incomplete").filter(
            has=page.locator("p.title")
        )
        assert title.locator("p.title").inner_text() == GERMAN_TITLE
        title.get_by_role("button", name="Übersetzen").click()
        title.locator("textarea").fill(HSB_TITLE)
        title.get_by_role("button", name="Speichern").click()
        page.locator(".js-translation-editor li.complete p.title").wait_for()
        screenshot(page, "translation-hsb-segment")

        page.click("button[data-editions-submit]")
        page.wait_for_url(edit_url)
        assert "zur sprachlichen Prüfung eingereicht" in page.content()
        page.problems.assert_none("translator translates and submits")

    # Submitted is not published.
    assert graphql(live_cms.url, QUERY)["data"]["service"]["locale"] == "de"

    with admin_session(browser, live_cms.url, "sprachpruefung-hsb") as page:
        open_admin_page(page, edit_url)
        page.click("button[data-editions-action=approve]")
        page.wait_for_load_state("networkidle")
        screenshot(page, "translation-hsb-approved")
        page.problems.assert_none("reviewer approves")

    service = graphql(live_cms.url, QUERY)["data"]["service"]
    assert service["title"] == HSB_TITLE
    assert service["locale"] == "hsb"
    assert service["availableLocales"] == ["de", "hsb"]
    # The teaser was not translated: it is served in German and named as such.
    assert service["teaser"].startswith("Wer in eine Wohnung einzieht")
    assert "teaser" in service["fallbackFields"]
    assert "title" not in service["fallbackFields"]
