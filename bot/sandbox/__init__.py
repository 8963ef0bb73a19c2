"""An offline Telegram Bot API sandbox: a fake Telegram for tests, demos and benchmarks."""

from .client import ControlAPIError, SandboxControl
from .ratelimit import RateLimits
from .server import RunningSandbox, build_app, start_sandbox

__all__ = ["ControlAPIError", "RateLimits", "RunningSandbox", "SandboxControl", "build_app",
           "start_sandbox"]
