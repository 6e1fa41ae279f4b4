"""The admin's interactive controls work under its Content Security Policy: inline
panels, page/image/document choosers, date pickers, StreamField block menus and comments,
each used as the role that needs it."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.admin import admin_session, open_admin_page, screenshot

# Links that pick an item in a chooser modal (page choosers mark them differently).
CHOICES = "a[data-chooser-modal-choice], a.choose-page"


def save_draft(page) -> None:
    page.get_by_role("button", name="Entwurf speichern").click()
    page.wait_for_load_state("networkidle")
    assert "Fehler" not in page.locator(".messages").inner_text()


def choose_in_modal(page, search: str) -> None:
    """Search the open chooser modal and pick the first result."""
    modal = page.locator(".modal-dialog")
    modal.wait_for()
    modal.locator("input[name=q]").fill(search)
    modal.locator(CHOICES, has_text=search).first.click()
    modal.wait_for(state="detached")


def test_central_editor_adds_a_service_to_a_life_situation_through_the_inline_panel(
    browser, live_cms, page_ids
):
    life_situation = page_ids.at("/portal/lebenslagen/geburt-eines-kindes/")
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{life_situation}/edit/")
        page.click("#tab-label-leistungen")
        forms = int(page.locator("#id_service_links-TOTAL_FORMS").input_value())

        page.click("#id_service_links-ADD")
        chooser = page.locator(f"#id_service_links-{forms}-service-chooser")
        chooser.locator("[data-chooser-action-choose]").click()
        choose_in_modal(page, "Reisepass beantragen")

        assert chooser.locator("[data-chooser-title]").inner_text() == (
            "Reisepass beantragen"
        )
        save_draft(page)
        page.problems.assert_none("inline panel and page chooser")

    (links,) = live_cms.query_one(
        "SELECT content::text FROM wagtailcore_revision r "
        "JOIN wagtailcore_page p ON r.id = p.latest_revision_id WHERE p.id = %s",
        life_situation,
    )
    (service,) = live_cms.query_one(
        "SELECT id FROM wagtailcore_page WHERE title = 'Reisepass beantragen'"
    )
    assert f'"service": {service}' in links


def test_streamfield_block_menu_and_comments_work_for_the_central_editor(
    browser, live_cms, page_ids
):
    life_situation = page_ids.at("/portal/lebenslagen/umzug/")
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{life_situation}/edit/")
        add_buttons = page.locator("[data-contentpath=body] button.c-sf-add-button")
        add_buttons.first.wait_for()  # the StreamField is rendered by script
        headings = page.locator("[data-contentpath=body] input[type=text]")
        before = headings.count()

        add_buttons.last.click()
        page.locator(".w-combobox__option", has_text="Zwischenüberschrift").click()
        # While the new block slides in, it can briefly be in the DOM twice.
        expect(headings).to_have_count(before + 1)
        headings.last.fill("Was nach dem Umzug zu tun ist")

        page.click("button[data-side-panel-toggle=comments]")
        page.click("button[data-comment-add][aria-describedby=id_teaser-label]")
        page.locator(".comment textarea").first.fill("Bitte die Frist prüfen.")
        page.locator(".comment button", has_text="Kommentar").first.click()
        screenshot(page, "widgets-streamfield-and-comment")
        save_draft(page)
        page.problems.assert_none("block menu and comments")

    (comments,) = live_cms.query_one(
        "SELECT count(*) FROM wagtailcore_comment WHERE page_id = %s "
        "AND text = 'Bitte die Frist prüfen.'",
        life_situation,
    )
    assert comments == 1


def test_date_picker_image_and_document_choosers_open_for_the_central_editor(
    browser, live_cms, page_ids
):
    service = page_ids.at("/portal/leistungen/geburtsurkunde-beantragen/")
    life_situation = page_ids.at("/portal/lebenslagen/geburt-eines-kindes/")
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{service}/edit/")
        page.click("#tab-label-prufung")
        page.click("#id_next_review")
        calendar = page.locator(".xdsoft_datetimepicker .xdsoft_calendar").locator(
            "visible=true"
        )
        calendar.locator(
            "td.xdsoft_date:not(.xdsoft_other_month)", has_text="15"
        ).first.click()
        assert page.locator("#id_next_review").input_value().endswith("-15")

        page.click("#tab-label-links")
        page.locator("[data-contentpath=forms] button.c-sf-add-button").last.click()
        page.locator(
            "[data-contentpath=forms] [data-chooser-action-choose]"
        ).last.click()
        page.locator(".modal-dialog").wait_for()
        assert "Dokument auswählen" in page.locator(".modal-dialog").inner_text()
        page.problems.assert_none("date picker and document chooser")

        open_admin_page(page, f"{live_cms.url}/admin/pages/{life_situation}/edit/")
        page.locator("#id_image-chooser [data-chooser-action-choose]").click()
        page.locator(".modal-dialog").wait_for()
        assert "Bild auswählen" in page.locator(".modal-dialog").inner_text()
        page.problems.assert_none("image chooser")


def test_commune_editor_adds_a_responsible_office_through_the_inline_panel(
    browser, live_cms, page_ids
):
    adaptation = page_ids.at("/radebeul/leistungen/wohnsitz-anmelden/")
    with admin_session(browser, live_cms.url, "radebeul-redaktion") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{adaptation}/edit/")
        page.click("#tab-label-zustandigkeit")
        forms = int(page.locator("#id_authority_links-TOTAL_FORMS").input_value())

        page.click("#id_authority_links-ADD")
        chooser = page.locator(f"#id_authority_links-{forms}-authority-chooser")
        chooser.locator("[data-chooser-action-choose]").click()
        office = "Standesamt Radebeul"
        choose_in_modal(page, office)

        assert chooser.locator("[data-chooser-title]").inner_text() == office
        page.problems.assert_none("authority inline panel")
