"""Widgets shared by every screen: field editors, the form base, list screens, dialogs."""
