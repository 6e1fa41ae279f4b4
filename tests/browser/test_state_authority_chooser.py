"""A central editor names a service's state authority („Zuständige Landesbehörde
(landesweit)“) through the page chooser, under the admin's Content Security Policy."""

from __future__ import annotations

from tests.browser.admin import admin_session, open_admin_page, screenshot
from tests.browser.test_editing_widgets import choose_in_modal, save_draft

SERVICE = "/portal/leistungen/kindergeld-beantragen/"
OFFICE = "Landesamt für Steuern und Finanzen"


def test_a_central_editor_chooses_the_state_authority_of_a_service(
    browser, live_cms, page_ids
):
    service = page_ids.at(SERVICE)
    office = page_ids.at("/portal/behoerden/landesamt-fuer-steuern-und-finanzen/")
    edit_url = f"{live_cms.url}/admin/pages/{service}/edit/"
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_admin_page(page, edit_url)
        chooser = page.locator("#id_state_authority-chooser")
        assert "Zuständige Landesbehörde (landesweit)" in page.content()
        chooser.locator("[data-chooser-action-choose]").click()
        choose_in_modal(page, OFFICE)
        assert chooser.locator("[data-chooser-title]").inner_text() == OFFICE
        save_draft(page)
        screenshot(page, "state-authority-chosen")
        page.problems.assert_none("state authority chooser")

        open_admin_page(page, edit_url)  # the draft shows the chosen office again
        assert (
            page.locator(
                "#id_state_authority-chooser [data-chooser-title]"
            ).inner_text()
            == OFFICE
        )

    (content,) = live_cms.query_one(
        "SELECT content::text FROM wagtailcore_revision r "
        "JOIN wagtailcore_page p ON r.id = p.latest_revision_id WHERE p.id = %s",
        service,
    )
    assert f'"state_authority": {office}' in content
