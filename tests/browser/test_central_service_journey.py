"""In a real browser, as the central team works (journey a): an editor creates a service
(a 13-digit LeiKa key is refused with a clear message), sets its review date with the
date picker, links it to a life situation through the inline panel and picks an image
there; reviewer and publisher approve both; the API serves the service in the life
situation's services."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from tests.browser.admin import admin_session, graphql, open_admin_page, screenshot

LEIKA_KEY = "99127001001000"
TITLE = "Ehrenamtskarte beantragen"
LIFE_SITUATION = "/portal/lebenslagen/buergerschaft-und-ehrenamt/"
CHOICES = "a[data-chooser-modal-choice], a.choose-page"


def submit_for_review(page) -> None:
    page.click("footer .w-dropdown__toggle")
    page.click("button[name=action-submit]")
    page.wait_for_url("**/admin/pages/*/")
    assert "eingereicht" in page.locator(".messages").inner_text()


def approve(page, edit_url: str) -> str:
    """Approve the page's current workflow task from its edit form; the message."""
    open_admin_page(page, edit_url)
    page.click("footer .w-dropdown__toggle")
    page.click(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    page.wait_for_url("**/admin/pages/*/")
    return page.locator(".messages").inner_text()


def pick_next_review_date(page) -> str:
    """Open the date picker of „Nächste Prüfung“, go a month on and pick the 1st."""
    page.click("#tab-label-prufung")
    page.click("#id_next_review")
    picker = page.locator(".xdsoft_datetimepicker").locator("visible=true")
    picker.locator("button.xdsoft_next").first.click()
    picker.locator(
        ".xdsoft_calendar td.xdsoft_date:not(.xdsoft_other_month)", has_text="1"
    ).first.click()
    return page.locator("#id_next_review").input_value()


def test_a_central_editor_creates_a_service_and_links_it_to_a_life_situation(
    browser, live_cms, page_ids, tmp_path: Path
):
    services = page_ids.at("/portal/leistungen/")
    life_situation = page_ids.at(LIFE_SITUATION)
    add_url = f"{live_cms.url}/admin/pages/add/catalogue/servicepage/{services}/"
    picture = tmp_path / "ehrenamt.png"
    Image.new("RGB", (640, 360), (30, 110, 160)).save(picture)

    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, add_url)
        page.locator("#id_title").press_sequentially(TITLE)
        page.press("#id_title", "Tab")
        # Wagtail derives the slug from the title as it is typed.
        page.wait_for_function(
            "() => document.querySelector('#id_slug').value"
            " === 'ehrenamtskarte-beantragen'"
        )
        page.fill("#id_leika_key", LEIKA_KEY[:-1])  # one digit short
        page.fill(
            "#id_teaser",
            "Mit der Ehrenamtskarte erhalten engagierte Bürgerinnen und Bürger "
            "Vergünstigungen.",
        )
        page.get_by_role("button", name="Entwurf speichern").click()
        page.wait_for_load_state("networkidle")
        error = page.locator("[data-field-wrapper]:has(#id_leika_key) .error-message")
        assert "genau 14 Ziffern" in error.inner_text()
        screenshot(page, "journey-a-leika-key-refused")

        page.fill("#id_leika_key", LEIKA_KEY)
        full_text = "Die Karte beantragen Sie mit einem Nachweis Ihres Ehrenamts."
        page.locator("[data-contentpath=full_text] .public-DraftEditor-content").click()
        page.keyboard.type(full_text)
        page.keyboard.press("Tab")  # Draftail writes its form field when it loses focus
        page.wait_for_function(
            "text => document.querySelector('input[name=full_text]').value"
            ".includes(text)",
            arg=full_text,
        )
        chosen = pick_next_review_date(page)
        assert chosen.endswith("-01"), chosen
        submit_for_review(page)
        page.problems.assert_none("central editor creates the service")

        # The life situation: the service through the inline panel, an image uploaded
        # and picked through the image chooser.
        edit_life_situation = f"{live_cms.url}/admin/pages/{life_situation}/edit/"
        open_admin_page(page, edit_life_situation)
        page.locator("#id_image-chooser [data-chooser-action-choose]").click()
        modal = page.locator(".modal-dialog")
        modal.wait_for()
        modal.get_by_role("tab", name="Hochladen").click()
        modal.locator("input[type=file]").set_input_files(str(picture))
        modal.locator("input[name='image-chooser-upload-title']").fill(
            "Ehrenamt in Sachsen"
        )
        modal.locator("form button[type=submit]").click()
        modal.wait_for(state="detached")
        assert "Ehrenamt in Sachsen" in page.locator("#id_image-chooser").inner_text()

        page.click("#tab-label-leistungen")
        forms = int(page.locator("#id_service_links-TOTAL_FORMS").input_value())
        page.click("#id_service_links-ADD")
        chooser = page.locator(f"#id_service_links-{forms}-service-chooser")
        chooser.locator("[data-chooser-action-choose]").click()
        modal.wait_for()
        modal.locator("input[name=q]").fill(TITLE)
        modal.locator(CHOICES, has_text=TITLE).first.click()
        modal.wait_for(state="detached")
        assert chooser.locator("[data-chooser-title]").inner_text() == TITLE
        screenshot(page, "journey-a-service-linked-to-life-situation")
        submit_for_review(page)
        page.problems.assert_none("central editor links service and image")

    (service,) = live_cms.query_one(
        "SELECT page_ptr_id FROM catalogue_servicepage WHERE leika_key = %s", LEIKA_KEY
    )
    pages = [
        f"{live_cms.url}/admin/pages/{service}/edit/",
        f"{live_cms.url}/admin/pages/{life_situation}/edit/",
    ]
    with admin_session(browser, live_cms.url, "fachpruefung") as page:
        for edit_url in pages:
            approve(page, edit_url)
        page.problems.assert_none("reviewer approves")
    with admin_session(browser, live_cms.url, "freigabe") as page:
        for edit_url in pages:
            assert "veröffentlicht" in approve(page, edit_url)
        page.problems.assert_none("publisher approves and publishes")

    slug = LIFE_SITUATION.rstrip("/").rsplit("/", 1)[1]
    served = graphql(
        live_cms.url,
        f'{{ lifeSituation(slug: "{slug}") {{ image {{ title }} '
        "services { leikaKey title } } }",
    )["data"]["lifeSituation"]
    assert {"leikaKey": LEIKA_KEY, "title": TITLE} in served["services"]
    assert served["image"] == {"title": "Ehrenamt in Sachsen"}
