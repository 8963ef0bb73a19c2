"""An aiohttp transport for python-telegram-bot.

PTB's default httpx transport drops to ~220 requests/s with many concurrent
updates (DESIGN.md); one shared aiohttp session keeps ~2,000/s.
"""

from __future__ import annotations


import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.metrics import Metrics


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one `aiohttp.ClientSession`, created on `initialize()`."""

    def __init__(
        self, connection_limit: int = 256, read_timeout: float = 10.0, connect_timeout: float = 10.0, metrics: Metrics | None = None
    ) -> None:
        self._metrics = metrics  # every Bot API call and its status is counted there
        self._limit = connection_limit
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=self._limit))

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest is not initialized")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        connect = self._connect_timeout if isinstance(connect_timeout, DefaultValue) else connect_timeout
        timeout = aiohttp.ClientTimeout(sock_read=read, sock_connect=connect)  # type: ignore[arg-type]
        data: aiohttp.FormData | dict | None = None
        if request_data is not None:
            if request_data.contains_files:
                data = aiohttp.FormData()
                for name, value in request_data.json_parameters.items():
                    data.add_field(name, value)
                for name, (filename, content, mimetype) in (request_data.multipart_data or {}).items():
                    data.add_field(name, content, filename=filename, content_type=mimetype)
            else:
                data = request_data.json_parameters
        status: int | None = None
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as response:
                status = response.status
                return status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            if self._metrics is not None:
                self._metrics.api_call(url.rsplit("/", 1)[-1], status)
