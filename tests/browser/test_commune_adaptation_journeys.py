"""In a real browser, as the commune's editors work: adapting a new central service with
the central text beside the local fields (b), checking an adaptation after a central
change (c), and previewing the resolved text without a frontend (d). Each ends with the
GraphQL API."""

from __future__ import annotations

from tests.browser.admin import admin_session, graphql, open_admin_page, screenshot

RADEBEUL = "146270230230"
# Adapted by Landkreis Meißen, not by Radebeul (so Radebeul starts a new adaptation).
NEW_SERVICE = ("99050010006000", "Gewerbe anmelden")
# Adapted by Radebeul (deadlines and prerequisites replaced, teaser left central).
CHANGED_SERVICE = ("99050004004000", "Fällgenehmigung für Bäume beantragen")
PREVIEWED_ADAPTATION = "/radebeul/leistungen/personalausweis-beantragen/"
CHOICES = "a[data-chooser-modal-choice], a.choose-page"


def choose_in_modal(page, search: str) -> None:
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("input[name=q]").fill(search)
    modal.locator(CHOICES, has_text=search).first.click()
    modal.wait_for(state="detached")


def submit_for_moderation(page) -> None:
    page.click("footer .w-dropdown__toggle")
    page.click("button[name=action-submit]")
    page.wait_for_url("**/admin/pages/*/")
    assert "zur Moderation eingereicht" in page.locator(".messages").inner_text()


def approve(page, edit_url: str) -> None:
    open_admin_page(page, edit_url)
    page.click("footer .w-dropdown__toggle")
    page.click(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    page.wait_for_url("**/admin/pages/*/")


def test_b_commune_editor_adapts_a_new_service_beside_the_central_text(
    browser, live_cms, page_ids
):
    leika_key, title = NEW_SERVICE
    index = page_ids.at("/radebeul/leistungen/")
    add_url = f"{live_cms.url}/admin/pages/add/communes/communeservicepage/{index}/"

    with admin_session(browser, live_cms.url, "radebeul-redaktion") as page:
        open_admin_page(page, add_url)
        teaser = page.locator('[data-ll-central-field="teaser"]')
        assert "Wählen Sie" in teaser.text_content()

        # Choosing the central service fills every central-value panel at once.
        page.locator("#id_service-chooser [data-chooser-action-choose]").click()
        choose_in_modal(page, title)
        page.locator(".ll-central-service", has_text=leika_key).wait_for()
        page.click("#tab-label-gebuhren_und_links")
        fees = page.locator('[data-ll-central-field="fees"]')
        assert "Zentral (Land)" in fees.inner_text()
        assert "Landkreis Meißen ersetzt" in fees.inner_text()
        assert "15,00 €" in fees.inner_text()

        page.locator("[data-contentpath=local_fees] button.c-sf-add-button").click()
        fee = page.locator("[data-contentpath=local_fees]")
        fee.locator("[data-contentpath=description] input").fill(
            "Gewerbeanmeldung in der Stadt Radebeul"
        )
        # Typed the way a German editor writes amounts.
        fee.locator("[data-contentpath=amount] input").press_sequentially("49,50")
        screenshot(page, "journey-b-central-text-beside-local-fee")

        page.click("#tab-label-zustandigkeit")
        assert (
            "Landkreis Meißen"
            in page.locator('[data-ll-central-field="authorities"]').inner_text()
        )
        page.click("#id_authority_links-ADD")
        chooser = page.locator("#id_authority_links-0-authority-chooser")
        chooser.locator("[data-chooser-action-choose]").click()
        choose_in_modal(page, "Bürgerbüro Radebeul")

        submit_for_moderation(page)
        page.problems.assert_none("commune editor creates the adaptation")

    (adaptation,) = live_cms.query_one(
        "SELECT id FROM wagtailcore_page WHERE url_path = %s",
        "/radebeul/leistungen/gewerbe-anmelden/",
    )
    with admin_session(browser, live_cms.url, "radebeul-moderation") as page:
        approve(page, f"{live_cms.url}/admin/pages/{adaptation}/edit/")
        page.problems.assert_none("moderator publishes")

    service = graphql(
        live_cms.url,
        f'{{ service(leikaKey: "{leika_key}", commune: "{RADEBEUL}") '
        "{ fees { amount } localisedBy { name } } }",
    )["data"]["service"]
    assert service["localisedBy"][0] == {"name": "Radebeul"}
    assert service["fees"] == [{"amount": 49.5}]


def test_c_a_central_change_flags_the_adaptation_until_the_editor_checks_it(
    browser, live_cms
):
    leika_key, title = CHANGED_SERVICE
    (service_id,) = live_cms.query_one(
        "SELECT page_ptr_id FROM catalogue_servicepage WHERE leika_key = %s", leika_key
    )
    new_sentence = "Die Genehmigung kostet in vielen Kommunen eine Gebühr."

    # The central team publishes a changed teaser.
    with admin_session(browser, live_cms.url, "admin") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{service_id}/edit/")
        teaser = page.locator("#id_teaser")
        central_teaser = teaser.input_value()
        teaser.fill(f"{central_teaser} {new_sentence}")
        page.click("footer .w-dropdown__toggle")
        page.click("button[name=action-publish]")
        page.wait_for_url("**/admin/pages/*/")
        page.problems.assert_none("central team publishes")

    report = f"{live_cms.url}/admin/reports/outdated-adaptations/"
    with admin_session(browser, live_cms.url, "radebeul-redaktion") as page:
        open_admin_page(page, report)
        row = page.locator("tr", has_text=title)
        assert "Kurztext" in row.inner_text()  # what changed, named in the report

        row.get_by_role("link", name=title).click()
        page.wait_for_load_state("networkidle")
        changes = page.locator(".ll-central-changes")
        assert new_sentence in changes.locator(".ll-comparison .addition").inner_text()
        screenshot(page, "journey-c-central-change-in-edit-form")

        # From the adaptation, the central service opens read-only (not „kein Zugang“).
        page.locator("#id_service-chooser .w-dropdown__toggle").click()
        with page.context.expect_page() as opened:
            page.locator(
                '[data-chooser-edit-link][aria-describedby="id_service-title"]'
            ).click()
        central = opened.value
        central.wait_for_load_state()
        assert "Zentrale Leistung (nur lesen)" in central.title()
        assert new_sentence in central.locator("main").inner_text()
        central.close()

        changes.get_by_role("button", name="Geprüft, keine Änderung nötig").click()
        changes.get_by_role("status").filter(has_text="als geprüft vermerkt").wait_for()

        open_admin_page(page, report)
        assert page.locator("tr", has_text=title).count() == 0
        page.problems.assert_none("commune editor checks the change")

    service = graphql(
        live_cms.url,
        f'{{ service(leikaKey: "{leika_key}", commune: "{RADEBEUL}") {{ teaser }} }}',
    )["data"]["service"]
    assert service["teaser"].endswith(new_sentence)


def test_d_preview_without_a_frontend_shows_the_resolved_text(
    browser, live_cms, page_ids
):
    adaptation = page_ids.at(PREVIEWED_ADAPTATION)
    local = "Radebeul: Passbilder macht die Fotostation im Bürgerbüro."

    with admin_session(browser, live_cms.url, "radebeul-redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{adaptation}/edit/")
        page.click("#tab-label-ortliche_texte")
        page.click("button[aria-controls=panel-child-ortliche_texte-volltext-content]")
        central = (
            page.locator('[data-ll-central-field="full_text"] .ll-central__text p')
            .first.inner_text()
            .strip()
        )
        editor = page.locator(
            "[data-contentpath=local_full_text] .public-DraftEditor-content"
        )
        editor.click()
        page.keyboard.type(local)
        page.keyboard.press("Tab")  # Draftail writes its form field when it loses focus
        page.wait_for_function(
            "text => document.querySelector('input[name=local_full_text]')"
            ".value.includes(text)",
            arg=local,
        )

        page.click("button[data-side-panel-toggle=preview]")
        frame = page.frame_locator("#w-preview-iframe")
        frame.locator("main", has_text=local).wait_for()
        text = frame.locator("main").inner_text()
        assert central[:60] in text  # the central text …
        assert text.index(central[:60]) < text.index(local)  # … then the local one
        assert "Radebeul" in frame.locator(".preview-note").inner_text()
        frame.get_by_text(local).scroll_into_view_if_needed()
        screenshot(page, "journey-d-preview-resolved-text")
        page.problems.assert_none("preview without a frontend")

    # The central team previews the central service for a commune it picks.
    service = page_ids.at("/portal/leistungen/personalausweis-beantragen/")
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{service}/edit/")
        page.click("button[data-side-panel-toggle=preview]")
        frame = page.frame_locator("#w-preview-iframe")
        frame.locator(".preview-note").wait_for()
        assert "Radebeul" not in frame.locator("main").inner_text()
        page.select_option("#id_preview_mode", label="Für Radebeul")
        frame.locator(".preview-note", has_text="Radebeul").wait_for()
        text = frame.locator("main").inner_text()
        assert central[:60] in text
        assert "Passbilder können direkt im Bürgerbüro Radebeul" in text
        page.problems.assert_none("central team previews for a commune")

    # The preview showed an unsaved text: the API still serves the published one.
    service = graphql(
        live_cms.url,
        '{ service(leikaKey: "99089001001000", commune: "146270230230") '
        "{ fullText localisedBy { name } } }",
    )["data"]["service"]
    assert local not in service["fullText"]
    assert central[:60] in service["fullText"]
