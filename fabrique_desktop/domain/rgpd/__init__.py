"""Personal data under the RGPD: where a person is held (:mod:`.personal_map`), finding
them, exporting what the file holds about them, erasing it, and retention."""
