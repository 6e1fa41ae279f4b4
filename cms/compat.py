"""Every use of a private or undocumented part of Wagtail, in one place.

Each shim names what it relies on; `check_tested_versions` (a system check) fails when
the installed Wagtail is not a version these shims were tested with, so an upgrade is a
deliberate step: re-test the admin in the browser suite, then extend TESTED_VERSIONS.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import wagtail
from django.core.checks import CheckMessage, Error
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.admin.widgets.workflows import AdminTaskChooser

TESTED_VERSIONS = {"wagtail": [(7, 4)]}


def init_marker(call: str, args: list[Any]) -> SafeString:
    """The element the `ll-init` controller turns into `call(*args)` in the browser."""
    return format_html(
        '<span hidden data-controller="ll-init" data-ll-init-call-value="{}" '
        'data-ll-init-args-value="{}"></span>',
        call,
        json.dumps(args),
    )


_original_chooser_render = BaseChooser.render


def _chooser_render(self, name, value, attrs=None, renderer=None) -> SafeString:
    # BaseChooser.render writes `<script>new PageChooser(id, options)</script>` after the
    # widget; the same call made through a marker (see cms/static/cms/js/admin-init.js).
    try:
        id_ = attrs["id"]
    except (KeyError, TypeError) as error:
        raise TypeError(
            "BaseChooser cannot be rendered without an 'id' attribute"
        ) from error
    value_data = self.get_value_data(value)
    widget_html = self.render_html(name, value_data, attrs)
    if isinstance(self, AdminTaskChooser):
        marker = init_marker("createTaskChooser", [id_])
    else:
        options = self.get_js_init_options(id_, name, value_data)
        marker = init_marker(self.js_constructor, [id_, options])
    return mark_safe(f"{widget_html}{marker}")


def apply() -> None:
    """Install the shims (called once from the cms app's ready())."""
    BaseChooser.render = _chooser_render


def check_tested_versions(app_configs=None, **kwargs) -> list[CheckMessage]:
    """Errors when Wagtail is not a tested version, or a patched method changed shape."""
    errors: list[CheckMessage] = []
    if wagtail.VERSION[:2] not in TESTED_VERSIONS["wagtail"]:
        errors.append(
            Error(
                f"Wagtail {wagtail.__version__} is not a version cms/compat.py was "
                "tested with.",
                hint="Run the browser suite (tests/browser) against it, adapt the shims "
                "in cms/compat.py, then add the version to TESTED_VERSIONS.",
                id="cms.E001",
            )
        )
    if "<script>{js}</script>" not in inspect.getsource(_original_chooser_render):
        errors.append(
            Error(
                "BaseChooser.render no longer writes the inline script that "
                "cms/compat.py replaces.",
                hint="Check how this Wagtail version initialises chooser widgets.",
                id="cms.E002",
            )
        )
    return errors
