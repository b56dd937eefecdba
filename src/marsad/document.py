"""The data model: a :class:`Document` with immutable clean text and stand-off spans.

``Document.text`` is set once, by the cleaner, and never changes; every
annotation is a :class:`Span` ``(start, end)`` into it (end exclusive), kept in
named layers (``sentences``, ``tokens``, ``entities``, ``quotes``, ``dates``).
``raw`` keeps what came in.

>>> d = Document(id="a1", raw="قال بوتين")
>>> d.set_text("قال بوتين")
>>> d.add("entities", Span(4, 9, "PER"))
>>> d.to_dict()["entities"]
[{'start': 4, 'end': 9, 'text': 'بوتين', 'type': 'PER', 'entity': None}]
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any, Iterable

from marsad.errors import DocumentError

#: The typecode of an array of unsigned 32-bit ints (``I`` on every common platform).
U32 = "I" if array("I").itemsize == 4 else "L"
#: ``meta`` keys held in memory as compact arrays (``array.array`` of this typecode) and written as
#: lists of ints (JSON, the database): the MinHash signature (``meta["_minhash"]``, 64 values of
#: 32 bits) takes 0.3 kB so, 2.4 kB as a list of Python ints (issue 32).
ARRAY_META = {"_minhash": U32}


@dataclass(slots=True, frozen=True)
class Span:
    """A stand-off annotation of ``Document.text[start:end]``, frozen: its bounds and label never
    change once made (a stage that moves a mention puts a new span in the layer); ``attrs`` is where
    the corpus stages write their links (entity ids).

    ``label`` is the layer's kind (an entity type, a quote kind, a date kind);
    ``attrs`` holds the rest (an ISO value, a speaker, an entity id);
    ``source`` names the component that made it.
    """

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


#: How each output layer names its span label in articles.jsonl (see the contract).
LAYER_LABEL_KEY = {"entities": "type", "quotes": "kind", "dates": "kind"}
#: Attributes every span of a layer carries in the output, with their defaults.
LAYER_DEFAULTS: dict[str, dict[str, Any]] = {
    "entities": {"entity": None},
    "quotes": {"speaker": None, "cue": None, "via": None},
    "dates": {"value": None},
}
#: Layers written to articles.jsonl (sentences and tokens are derived, not stored).
OUTPUT_LAYERS = ("entities", "quotes", "dates")


@dataclass
class Document:
    """One article."""

    id: str
    raw: str = ""
    raw_format: str = "text"  # "text" or "html"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dict[str, Any] = field(default_factory=lambda: {"value": None, "basis": None, "note": None})
    retrieved: str | None = None
    language: str | None = None
    removed: list[str] = field(default_factory=list)
    duplicate_of: str | None = None
    story: str | None = None
    warnings: list[str] = field(default_factory=list)  # what was repaired or doubtful in this input
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    _text: str | None = field(default=None, repr=False)
    #: the database's search words and keys, when a worker computed them with the analysis
    #: (:func:`marsad.corpus.search_index.search_fields`); never written out
    search_index: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    # ---- the clean text: set once ---------------------------------------------------
    @property
    def text(self) -> str:
        return self._text if self._text is not None else ""

    @property
    def has_text(self) -> bool:
        return self._text is not None

    def set_text(self, text: str) -> None:
        """Fix the clean text; a second call raises: spans index this string."""
        if self._text is not None:
            raise DocumentError(f"{self.id}: text is already set and cannot change")
        self._text = text

    # ---- spans ---------------------------------------------------------------------------
    def add(self, layer: str, span: Span) -> Span:
        if not 0 <= span.start <= span.end <= len(self.text):
            raise DocumentError(f"{self.id}: span ({span.start}, {span.end}) of layer {layer!r} "
                                f"is outside the text (length {len(self.text)})")
        self.layers.setdefault(layer, []).append(span)
        return span

    def spans(self, layer: str) -> list[Span]:
        return self.layers.get(layer, [])

    def set_layer(self, layer: str, spans: Iterable[Span]) -> None:
        self.layers[layer] = []
        for s in spans:
            self.add(layer, s)

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def sentence_of(self, pos: int) -> Span | None:
        """The sentence span containing character ``pos``."""
        for s in self.spans("sentences"):
            if s.start <= pos < s.end:
                return s
        return None

    # ---- serialization -----------------------------------------------------------------
    def to_dict(self, *, extra: bool = False) -> dict[str, Any]:
        """The articles.jsonl object of the contract (``extra`` adds raw, meta and every layer)."""
        d: dict[str, Any] = {
            "id": self.id, "url": self.url, "title": self.title, "outlet": self.outlet,
            "author": self.author, "published": dict(self.published), "language": self.language,
            "text": self.text, "removed": list(self.removed), "duplicate_of": self.duplicate_of,
            "story": self.story,
        }
        if self.retrieved:
            d["retrieved"] = self.retrieved
        if self.warnings:
            d["warnings"] = list(self.warnings)
        for layer in OUTPUT_LAYERS:
            d[layer] = [self._span_dict(layer, s, private=extra) for s in self.spans(layer)]
        if extra:
            d["raw"] = self.raw
            d["raw_format"] = self.raw_format
            d["meta"] = self._meta_out()
            d["layers"] = {k: [[s.start, s.end, s.label, s.attrs, s.source] for s in v]
                           for k, v in self.layers.items() if k not in OUTPUT_LAYERS}
        return d

    def _meta_out(self) -> dict[str, Any]:
        """``meta`` as JSON takes it: its arrays (:data:`ARRAY_META`) as lists of ints."""
        if not any(isinstance(v, array) for v in self.meta.values()):
            return self.meta
        return {k: v.tolist() if isinstance(v, array) else v for k, v in self.meta.items()}

    def _span_dict(self, layer: str, s: Span, private: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"start": s.start, "end": s.end, "text": self.text[s.start:s.end]}
        out[LAYER_LABEL_KEY.get(layer, "label")] = s.label
        for k, v in LAYER_DEFAULTS.get(layer, {}).items():
            out[k] = s.attrs.get(k, v)
        for k, v in s.attrs.items():
            if (private or not k.startswith("_")) and k not in out:
                out[k] = v
        if private and s.source:
            out["_source"] = s.source
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        """Inverse of :meth:`to_dict` (with ``extra`` for a full round trip)."""
        doc = cls(
            id=d["id"], raw=d.get("raw", ""), raw_format=d.get("raw_format", "text"), url=d.get("url"),
            title=d.get("title"), outlet=d.get("outlet"), author=d.get("author"),
            published=dict(d.get("published") or {"value": None, "basis": None, "note": None}),
            retrieved=d.get("retrieved"), language=d.get("language"), removed=list(d.get("removed") or []),
            duplicate_of=d.get("duplicate_of"), story=d.get("story"), meta=dict(d.get("meta") or {}),
            warnings=list(d.get("warnings") or []),
        )
        for key, code in ARRAY_META.items():
            if isinstance(doc.meta.get(key), list):
                doc.meta[key] = array(code, doc.meta[key])
        if "text" in d:
            doc.set_text(d["text"])
        for layer in OUTPUT_LAYERS:
            key = LAYER_LABEL_KEY[layer]
            for sd in d.get(layer) or []:
                attrs = {k: v for k, v in sd.items() if k not in ("start", "end", "text", key, "_source")}
                doc.add(layer, Span(sd["start"], sd["end"], sd.get(key, ""), attrs, sd.get("_source", "")))
        for layer, rows in (d.get("layers") or {}).items():
            for start, end, label, attrs, source in rows:
                doc.add(layer, Span(start, end, label, attrs, source))
        return doc
