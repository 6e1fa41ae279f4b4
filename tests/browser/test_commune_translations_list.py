"""In a real browser: the demo commune's translator (Crostwitz, Sorbian settlement
area) opens „Übersetzungen“, sees only Crostwitz's pages with the state of their Upper
Sorbian translation, and starts translating one."""

from tests.browser.admin import admin_session, open_admin_page, screenshot


def test_commune_translator_lists_and_translates_their_communes_pages(
    browser, live_cms
):
    with admin_session(browser, live_cms.url, "crostwitz-uebersetzung") as page:
        open_admin_page(page, f"{live_cms.url}/admin/editions/")

        areas = page.locator("main h2").all_inner_texts()
        assert "Crostwitz" in areas
        assert not {"Zentraler Katalog", "Radebeul"} & set(areas)
        table = page.locator("table[data-area]")
        assert table.count() == 1
        titles = table.locator("tbody tr td:first-child").all_inner_texts()
        assert {"Wohnsitz anmelden", "Gemeinde Crostwitz"} <= set(titles)
        # The seeded adaptation is translated and published; the content page is not.
        adaptation = table.locator("tbody tr").filter(has_text="Wohnsitz anmelden")
        assert (
            "veröffentlicht" in adaptation.locator("td[data-locale=hsb]").inner_text()
        )
        screenshot(page, "translations-commune-hsb")

        content_page = table.locator("tbody tr").filter(has_text="Gemeinde Crostwitz")
        content_page.locator("td[data-locale=hsb] a").click()
        page.wait_for_load_state("networkidle")
        # „Übersetzen“ offers Upper Sorbian, chosen, and nothing else.
        assert page.locator("input[name=locales]").count() == 1
        assert page.is_checked("input[name=locales]")
        page.problems.assert_none("commune translator's list of translations")
