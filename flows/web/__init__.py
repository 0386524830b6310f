"""The reviewers' web console and the OA intake API (``gongkai serve``): FastAPI on uvicorn, Jinja2 pages.

``create_app(root, …)`` builds the application on one service root: the console pages
(``pages``), the OA API v1 (``api``), sign-in (``auth``), and the webhook caller (``webhooks``).
Every asset is served from ``static/`` — no CDN — and every page is escaped by Jinja2 and masked
(``classifiers.masking.mask_text``) at the template's output boundary.
"""

from .app import create_app

__all__ = ["create_app"]
