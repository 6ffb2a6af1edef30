"""Stream triples to Turtle and N-Triples, byte for byte as rdflib would write them.

rdflib serialises a graph it holds in memory (about 1.3 KB a triple, so a
large corpus does not fit). This writer takes the triples subject by
subject as plain strings, renders each subject's block once, spools the
blocks to a file beside the output and then writes them in rdflib's order
(subjects by how often they are referenced, then by IRI; ``rdf:type`` and
``rdfs:label`` first, then predicates and objects sorted), so memory holds
only an index of the subjects. The sample corpus's ``kg.ttl`` is the same
bytes whichever writer made it (``tests/test_determinism.py``).

Terms are plain: an IRI is a ``str``, a literal a ``Lit``.
"""
from __future__ import annotations

import heapq
import os
import re
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from sys import intern
from typing import IO, NamedTuple

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
PLAIN_NUMERIC = {XSD + "decimal"}  # the only rdflib "plain" type the graph uses (others are quoted)
_UNSUPPORTED_PLAIN = {XSD + "integer", XSD + "double", XSD + "boolean"}
PREDICATE_ORDER = (RDF_TYPE, RDFS_LABEL)
_RE_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


class Lit(NamedTuple):
    """An RDF literal: lexical form, language tag or datatype IRI (never both)."""

    value: str
    lang: str | None = None
    datatype: str | None = None


Term = str | Lit
Block = tuple[str, list[tuple[str, Term]]]  # subject, its (predicate, object) pairs


class WriteError(RuntimeError):
    """The triples cannot be written the way rdflib would (a case this writer does not cover)."""


def quote(text: str) -> str:
    """rdflib's Turtle string quoting (``Literal._quote_encode``)."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def object_key(o: Term) -> tuple:
    """rdflib's order of the objects of one predicate (IRIs before literals)."""
    if isinstance(o, str):
        return (0, o)
    dt = o.datatype or XSD_STRING
    if dt in PLAIN_NUMERIC:
        value = _decimal(o.value)
        if value is not None:
            return (1, dt, "", 0, value)
    return (1, dt, o.lang or "", 1, o.value)


class TurtleRenderer:
    """Renders subject blocks as rdflib's TurtleSerializer does, remembering the prefixes used."""

    def __init__(self, namespaces: Mapping[str, str]):
        from rdflib import Graph, URIRef

        self._nm = Graph(bind_namespaces="none").namespace_manager
        for prefix, ns in namespaces.items():
            self._nm.bind(prefix, URIRef(ns), override=True, replace=True)
        self._uriref = URIRef
        self._bound = {str(ns) for _, ns in self._nm.namespaces()}
        self._pnames: dict[str, tuple[str, str] | None] = {}
        self._verbs: dict[str, str] = {}
        self.used: dict[str, str] = {}

    def _pname(self, iri: str) -> str | None:
        """``prefix:local`` when rdflib would write one (``TurtleSerializer.get_pname``), else None."""
        if iri in self._pnames:
            hit = self._pnames[iri]
        else:
            cut = max(iri.rfind("/"), iri.rfind("#")) + 1
            if iri[:cut] not in self._bound:  # entity IRIs: rdflib finds no prefix for them
                return None
            hit = None  # vocabulary terms: ask rdflib once each
            try:
                prefix, ns, local = self._nm.compute_qname(self._uriref(iri), generate=False)
            except Exception:
                prefix = None
            if prefix is not None:
                local = _RE_LONE_PERCENT.sub("\\\\%", local.replace("(", r"\(").replace(")", r"\)"))
                if not local.endswith("."):
                    hit = (prefix, str(ns), local)
            self._pnames[iri] = hit
        if hit is None:
            return None
        self.used[hit[0]] = hit[1]
        return f"{hit[0]}:{hit[2]}"

    def iri(self, iri: str) -> str:
        return self._pname(iri) or f"<{iri}>"

    def literal(self, o: Lit) -> str:
        if o.datatype is not None:
            self._pname(o.datatype)  # rdflib registers the datatype's prefix even when writing it plain
            if o.datatype in _UNSUPPORTED_PLAIN:
                raise WriteError(f"literal of type {o.datatype} not supported by the streaming writer")
            if o.datatype in PLAIN_NUMERIC and _decimal(o.value) is not None:
                s = str(_decimal(o.value))
                if "." not in s and "e" not in s and "E" not in s:
                    s += ".0"
                return s
            return f"{quote(o.value)}^^{self._pname(o.datatype) or f'<{o.datatype}>'}"
        if o.lang:
            return f"{quote(o.value)}@{o.lang}"
        return quote(o.value)

    def block(self, subject: str, pairs: Iterable[tuple[str, Term]]) -> tuple[str, list[str], int]:
        """One subject's statement (without the blank lines around it), the IRIs it references, its triples."""
        props: dict[str, list[Term]] = {}
        for p, o in pairs:
            objects = props.get(p)
            if objects is None:
                props[p] = [o]
            else:
                objects.append(o)
        order = [p for p in PREDICATE_ORDER if p in props]
        order += sorted(p for p in props if p not in PREDICATE_ORDER)
        out = [self.iri(subject)]
        refs: list[str] = []
        count = 0
        verbs = self._verbs
        for k, p in enumerate(order):
            objects = props[p]
            if len(objects) > 1:
                objects = sorted(set(objects), key=object_key)
            count += len(objects)
            verb = verbs.get(p)
            if verb is None:
                verb = "a" if p == RDF_TYPE else self._pname(p)
                if verb is None:
                    raise WriteError(f"predicate {p} is in no bound namespace")
                verbs[p] = verb
            elif p != RDF_TYPE:
                self._pname(p)  # count the prefix as used, as rdflib does for every triple
            out.append(" ;\n    " + verb if k else " " + verb)
            first = True
            for o in objects:
                out.append(" " if first else ",\n        ")
                first = False
                if o.__class__ is str:
                    refs.append(intern(o))  # shared with the subject list, not a second copy
                    out.append(self.iri(o))
                else:
                    out.append(self.literal(o))
        out.append(" .")
        return "".join(out), refs, count


def write_turtle(blocks: Iterable[Block], fh: IO[bytes], namespaces: Mapping[str, str],
                 spool_dir: str | os.PathLike[str] | None = None) -> int:
    """Write the blocks (one per subject) as rdflib's Turtle; return the number of triples.

    Pass 1 renders every block into a spool file and counts references; pass 2
    copies the blocks out in rdflib's subject order. Memory: one interned IRI
    and two array slots per subject, one count per referenced IRI.
    """
    renderer = TurtleRenderer(namespaces)
    refs: dict[str, int] = {}
    subjects: list[str] = []
    offsets, lengths = array("q"), array("q")  # where each subject's block is in the spool
    count = 0
    with tempfile.TemporaryFile(dir=spool_dir, prefix=".kg-spool-") as spool:
        offset = 0
        for subject, pairs in blocks:
            if not pairs:
                continue
            text, objects, n = renderer.block(subject, pairs)
            data = text.encode("utf-8", "replace")
            spool.write(data)
            subjects.append(intern(subject))
            offsets.append(offset)
            lengths.append(len(data))
            offset += len(data)
            count += n
            for o in objects:
                refs[o] = refs.get(o, 0) + 1
        order = sorted(range(len(subjects)), key=lambda i: (refs.get(subjects[i], 0), subjects[i]))
        for prefix, ns in sorted(renderer.used.items()):
            fh.write(f"@prefix {prefix}: <{ns}> .\n".encode("utf-8", "replace"))
        spool.flush()
        previous = None
        for i in order:
            subject = subjects[i]
            if subject == previous:  # equal subjects sort next to each other
                raise WriteError(f"subject {subject} given twice")
            previous = subject
            spool.seek(offsets[i])
            fh.write(b"\n" + spool.read(lengths[i]) + b"\n")
        fh.write(b"\n")
    return count


# --- N-Triples ----------------------------------------------------------------------------------


def nt_literal(o: Lit) -> str:
    """rdflib's N-Triples literal (``plugins.serializers.nt._quoteLiteral``)."""
    encoded = '"%s"' % o.value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if o.lang:
        return f"{encoded}@{o.lang}"
    if o.datatype:
        return f"{encoded}^^<{o.datatype}>"
    return encoded


def nt_lines(blocks: Iterable[Block]) -> Iterator[bytes]:
    for subject, pairs in blocks:
        s = f"<{subject}> "
        for p, o in dict.fromkeys(pairs):
            obj = f"<{o}>" if isinstance(o, str) else nt_literal(o)
            yield f"{s}<{p}> {obj} .".encode("utf-8")


def write_ntriples(blocks: Iterable[Block], fh: IO[bytes], spool_dir: str | os.PathLike[str] | None = None,
                   run_lines: int = 500_000) -> int:
    """Sorted, de-duplicated N-Triples lines (what ``export.serialize(g, "nt")`` gives), in bounded memory.

    Lines are sorted in runs spooled to disk and merged; UTF-8 byte order is
    code-point order, so the result equals sorting the decoded lines.
    """
    runs: list[IO[bytes]] = []
    buffer: list[bytes] = []
    count = 0

    def spill() -> None:
        buffer.sort()
        run = tempfile.TemporaryFile(dir=spool_dir, prefix=".kg-spool-")
        run.write(b"\n".join(buffer) + b"\n")
        run.seek(0)
        runs.append(run)
        buffer.clear()

    try:
        for line in nt_lines(blocks):
            buffer.append(line)
            if len(buffer) >= run_lines:
                spill()
        if buffer:
            spill()
        if not runs:
            fh.write(b"\n")
        last = None
        for line in heapq.merge(*((raw.rstrip(b"\n") for raw in run) for run in runs)):
            if line != last:
                fh.write(line + b"\n")
                count += 1
                last = line
    finally:
        for run in runs:
            run.close()
    return count
