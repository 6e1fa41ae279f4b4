"""German demo content for `manage.py seed_demo` (pure data)."""
