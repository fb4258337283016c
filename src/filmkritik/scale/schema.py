"""The record contract as an Arrow schema, derived from the record dataclasses.

Parquet written by ``filmkritik batch`` and ``filmkritik spark`` shares this schema:
nested columns (``film.cast`` is a list of structs, every ``evidence`` a list of
``[start, end]`` pairs). Deriving it from :mod:`filmkritik.model` rather than from
the data means an empty list still has a type, and a field added to the model
appears in the Parquet files without touching this module.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any, Literal

import pyarrow as pa

from filmkritik.model import ReviewRecord

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


@functools.cache
def record_schema() -> pa.Schema:
    """The Arrow schema of one :class:`~filmkritik.model.ReviewRecord`, columns in ``to_dict()`` order."""
    fields = {f.name: f for f in _struct_fields(ReviewRecord)}
    order = list(ReviewRecord(text="").to_dict())
    return pa.schema([fields[name] for name in order])


def arrow_type(tp: Any) -> pa.DataType:
    """The Arrow type of one annotation of the record dataclasses."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"the record schema cannot hold a union of {args}")
        return arrow_type(args[0])
    if origin is Literal:
        values = typing.get_args(tp)
        return arrow_type(type(values[0]))
    if origin is list:
        (inner,) = typing.get_args(tp)
        return pa.list_(arrow_type(inner))
    if origin is tuple:
        # Evidence spans: (start, end) pairs of one type.
        inner_types = {a for a in typing.get_args(tp) if a is not Ellipsis}
        if len(inner_types) != 1:
            raise TypeError(f"the record schema cannot hold a mixed tuple {tp}")
        return pa.list_(arrow_type(inner_types.pop()))
    if origin is dict:
        key, value = typing.get_args(tp)
        return pa.map_(arrow_type(key), arrow_type(value))
    if dataclasses.is_dataclass(tp):
        return pa.struct(_struct_fields(tp))
    if tp in _SCALARS:
        return _SCALARS[tp]
    raise TypeError(f"the record schema has no Arrow type for {tp!r}; give the model field a concrete type")


def _struct_fields(cls: Any) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    return [pa.field(f.name, arrow_type(hints[f.name]), nullable=True) for f in dataclasses.fields(cls)]
