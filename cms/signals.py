"""Signals the apps send so that layers above them can react without being imported.

`pages_published_in_bulk`: pages were written and published outside Wagtail's
`publish()` (cms.bulk's `PublishedPageWriter`), so no `page_published` fired for them.
Receivers treat it like a publish of everything: the API drops its cached responses.
"""

from django.dispatch import Signal

pages_published_in_bulk = Signal()
