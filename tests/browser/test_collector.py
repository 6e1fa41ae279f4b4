"""The browser suite's collector catches what it is meant to catch (so its silence means
something)."""

from tests.browser.admin import admin_session, open_admin_page


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
