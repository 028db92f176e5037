"""The Qt user interface: the main window shell, pages, item models, widgets, dialogs."""
