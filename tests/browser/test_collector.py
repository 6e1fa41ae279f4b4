"""The browser suite's collector catches what it is meant to catch (so its silence means
something)."""

from tests.browser.admin import (
    FAILED_WITH_400,
    admin_session,
    open_admin_page,
)


def test_collector_reports_an_injected_inline_script_as_csp_violation(
    browser, live_cms
):
    with admin_session(browser, live_cms.url, "admin") as page:
        open_admin_page(page, f"{live_cms.url}/admin/")
        page.problems.assert_none("dashboard before the injection")

        page.evaluate(
            """() => {
                const script = document.createElement("script");
                script.textContent = "window.injected = true;";
                document.body.appendChild(script);
            }"""
        )
        page.wait_for_function("() => true")  # let the violation event be delivered

        assert page.evaluate("window.injected === undefined")  # the policy blocked it
        assert len(page.problems.csp_violations) == 1
        assert "script-src" in page.problems.csp_violations[0]


def test_collector_reports_console_errors_and_uncaught_exceptions(browser, live_cms):
    with admin_session(browser, live_cms.url, "admin") as page:
        open_admin_page(page, f"{live_cms.url}/admin/")

        page.evaluate("() => console.error('Fehler zum Test')")
        page.evaluate(
            "() => setTimeout(() => { throw new Error('Absturz zum Test'); })"
        )
        page.wait_for_timeout(200)

        errors = "\n".join(page.problems.console_errors)
        assert "Fehler zum Test" in errors
        assert "Absturz zum Test" in errors
        try:
            page.problems.assert_none("after injected errors")
        except AssertionError as error:
            assert "Absturz zum Test" in str(error)
        else:
            raise AssertionError("assert_none let collected errors pass")


FAILING_POST = """async (url) => {
    const token = document.querySelector("input[name=csrfmiddlewaretoken]");
    const response = await fetch(url, {
        method: "POST",
        headers: {Accept: "application/json", "X-CSRFToken": token.value},
        body: new FormData(),
    });
    return response.status;
}"""


def test_collector_expects_one_400_per_autosave_pause_and_no_other(
    browser, live_cms, page_ids
):
    adaptation = page_ids.at("/radebeul/leistungen/eheschliessung-anmelden/")
    failing = f"/admin/communes/adaptations/{adaptation}/checked/"  # 400 without data
    with admin_session(browser, live_cms.url, "admin") as page:
        open_admin_page(page, f"{live_cms.url}/admin/pages/{adaptation}/edit/")

        # Wagtail's autosave pausing: its event, and the 400 that Chromium logs.
        page.evaluate(
            """() => document.dispatchEvent(new CustomEvent("w-autosave:error", {
                detail: {text: "Automatisches Speichern ist pausiert"},
            }))"""
        )
        assert page.evaluate(FAILING_POST, failing) == 400
        page.wait_for_timeout(200)  # let the console message arrive
        assert page.problems.autosave_pauses
        assert any(FAILED_WITH_400 in error for error in page.problems.console_errors)
        page.problems.assert_none("one autosave pause, one 400")

        # A second failed request without a pause is a problem.
        assert page.evaluate(FAILING_POST, failing) == 400
        page.wait_for_timeout(200)
        try:
            page.problems.assert_none("after a failed request")
        except AssertionError as error:
            assert FAILED_WITH_400 in str(error)
        else:
            raise AssertionError("assert_none let a failed request pass")
