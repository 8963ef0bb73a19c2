"""Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at {web URL}/open311/v2.

The rooms' complaints are service requests (one service per category), for
city dashboards, 311 apps and data portals; a system holding an API key files
new ones into a room, judged like a room message and posted there anonymously.

- routes.py: the HTTP side (aiohttp), errors in the spec's format
- params.py: what a request may say (dates, ids, codes, the POST form)
- formats.py: JSON and XML bodies
- services.py: the service list, from the category taxonomy
- mapping.py: a complaint as a service request; the discovery document
- judgment.py: house rules and intake on a POSTed description
- filing.py: the anonymous post into a room, shared with private reports
- keys.py: API keys (digests, constant-time) and the per-key POST limit
Queries: storage/open311.py.
"""

from bot.open311.routes import setup

__all__ = ["setup"]
