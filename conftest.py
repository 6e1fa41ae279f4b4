"""Root pytest configuration: uploads go to a temporary folder (see cms.settings.test)."""
