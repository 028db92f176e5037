"""Background jobs: plain functions the GUI submits through ``explorer.ui.runner``.

One module per area (``home``, ``initiatives``, ``countries`` ...). A job takes the database
(and arguments) and returns a domain value; it never imports Qt. A long job also takes a
``Control`` first (``explorer.jobs.control``) to report progress and to notice a cancel.
"""
