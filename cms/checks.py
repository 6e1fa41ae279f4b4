"""System checks of the platform (run by `manage.py check` and at server start)."""

from django.core.checks import register

from .compat import check_tested_versions

register(check_tested_versions)
