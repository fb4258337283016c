"""The web app and HTTP API.

>>> from filmkritik.web import create_app
>>> app = create_app("sqlite:///films.db", read_only=True)   # serve with uvicorn

Pages are server-rendered (usable without JavaScript) in German and English; the API
is documented by OpenAPI at ``/docs``. See :func:`create_app` for the security options.
"""

from filmkritik.web.app import create_app

__all__ = ["create_app"]
