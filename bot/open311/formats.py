"""JSON and XML bodies as GeoReport v2 writes them, and its error document.

The JSON is the spec's "Spark convention" mapping of the XML: a list element
(<services>) is a JSON array of its children (<service>), a missing value is
null in JSON and an empty element in XML, booleans are true/false in both.
XML comes from the standard library's ElementTree, UTF-8 with the declaration
the spec asks for; characters XML 1.0 cannot carry (control characters that a
chat message may hold) are dropped from XML text.
"""

from __future__ import annotations

import json
import re
from typing import Literal
from xml.etree.ElementTree import Element, indent, tostring

Format = Literal["json", "xml"]

CONTENT_TYPES: dict[str, str] = {"json": "application/json", "xml": "text/xml"}
CHARSET = "utf-8"

# A list element's children, as the spec names them.
CHILD_OF: dict[str, str] = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
    "attributes": "attribute",
    "values": "value",
}

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DECLARATION = b'<?xml version="1.0" encoding="utf-8"?>\n'


class ApiError(Exception):
    """A request the API refuses; rendered as the spec's error document with this HTTP status."""

    def __init__(self, status: int, description: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.headers = headers


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _NOT_XML.sub("", str(value))


def _element(tag: str, value: object) -> Element:
    element = Element(tag)
    if isinstance(value, dict):
        for key, child in value.items():
            element.append(_element(key, child))
    elif isinstance(value, list):
        for child in value:
            element.append(_element(CHILD_OF[tag], child))
    elif value is not None:
        element.text = _scalar(value)
    return element


def encode(fmt: Format, root: str, value: dict | list) -> bytes:
    """`value` as the body of a response whose XML root element is `root`."""
    if fmt == "json":
        # "replace": a lone surrogate in stored text must not take the whole answer down
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode(CHARSET, "replace")
    tree = _element(root, value)
    indent(tree)  # readable with curl; parsers skip whitespace between elements
    return _DECLARATION + tostring(tree, encoding="unicode").encode(CHARSET, "replace") + b"\n"


def content_type(fmt: Format) -> str:
    return CONTENT_TYPES[fmt]


def errors(status: int, *descriptions: str) -> list[dict]:
    """The spec's error array: the HTTP status as each error's code."""
    return [{"code": status, "description": description} for description in descriptions]
