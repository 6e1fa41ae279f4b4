"""Wagtail's autosave in Chromium: saving after one's own autosaves warns nobody; a
colleague's save in between is still reported when the editor saves."""

from __future__ import annotations

from tests.browser.admin import admin_session, open_admin_page

SERVICE = "/portal/leistungen/reisepass-beantragen/"
WARNING = "gespeichert, nachdem Sie sie geöffnet hatten"
# Wagtail notices edits only after it has recorded the loaded form (its
# `w-unsaved:watch-edits` event, about two seconds after each connect of the controller,
# which Wagtail's own initialisers connect twice): count both to know when it watches.
COUNT_WATCHING = """
window.__llUnsaved = {ready: 0, watching: 0};
document.addEventListener("w-unsaved:ready", () => { window.__llUnsaved.ready += 1; });
document.addEventListener("w-unsaved:watch-edits", () => {
  window.__llUnsaved.watching += 1;
});
"""


def open_for_editing(page, edit_url: str) -> None:
    page.context.add_init_script(COUNT_WATCHING)
    open_admin_page(page, edit_url)
    page.wait_for_function(
        "() => window.__llUnsaved.watching >= window.__llUnsaved.ready"
        " && window.__llUnsaved.watching > 0"
    )


def type_and_wait_for_autosave(page, edit_url: str, text: str) -> None:
    """Write the teaser and wait for the autosave request it triggers."""
    with page.expect_response(
        lambda r: (
            r.request.method == "POST"
            and r.url == edit_url
            and r.request.headers.get("accept") == "application/json"
        )
    ) as autosaved:
        page.locator("#id_teaser").fill(text)
    assert autosaved.value.ok, autosaved.value.text()
    # The form records the autosaved revision once Wagtail has dispatched its success.
    revision = autosaved.value.json()["revision_id"]
    page.wait_for_function(
        "id => document.querySelector('[name=loaded_revision_id]').value == id",
        arg=str(revision),
    )


def save_draft(page) -> str:
    page.get_by_role("button", name="Entwurf speichern").click()
    dialog = page.locator("#w-save-confirmation-dialog")
    # Wagtail's own editing-session check may already know of the colleague's save and
    # ask first; the editor goes ahead, as they may.
    page.wait_for_function(
        "() => !document.querySelector('[data-w-unsaved-force-value]') || "
        "document.querySelector('#w-save-confirmation-dialog:not([aria-hidden=true])') "
        "|| document.querySelector('.messages li')"
    )
    if dialog.is_visible():
        dialog.locator("[data-w-dialog-target=confirm]").click()
    page.locator(".messages li").first.wait_for()
    page.wait_for_load_state("networkidle")
    return page.locator(".messages").inner_text()


def test_saving_after_ones_own_autosaves_shows_no_conflict(browser, live_cms, page_ids):
    service = page_ids.at(SERVICE)
    edit_url = f"{live_cms.url}/admin/pages/{service}/edit/"
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_for_editing(page, edit_url)
        type_and_wait_for_autosave(page, edit_url, "Erster Gedanke.")
        type_and_wait_for_autosave(page, edit_url, "Zweiter Gedanke.")

        messages = save_draft(page)
        assert WARNING not in messages
        assert "aktualisiert" in messages or "gespeichert" in messages, messages
        page.problems.assert_none("saving after autosave")


def test_a_colleagues_save_after_ones_autosave_is_reported(browser, live_cms, page_ids):
    service = page_ids.at(SERVICE)
    edit_url = f"{live_cms.url}/admin/pages/{service}/edit/"
    with admin_session(browser, live_cms.url, "redaktion") as page:
        open_for_editing(page, edit_url)
        type_and_wait_for_autosave(page, edit_url, "Meine Fassung.")

        with admin_session(browser, live_cms.url, "admin") as colleague:
            open_for_editing(colleague, edit_url)
            colleague.locator("#id_teaser").fill("Die Fassung der Kollegin.")
            assert WARNING not in save_draft(colleague)

        messages = save_draft(page)
        assert "admin hat diese Seite am" in messages and WARNING in messages, messages
