"""Article -> sentences, with offsets into the normalised text.

Sentences end at 。！？ (with any closing quote after them) and at line
breaks, which after normalisation mark paragraphs, titles and list items.
Semicolons stay inside the sentence: honor rolls chain clauses with them
("授予A…称号;授予B…称号") and the clauses share the awarding body.
"""
from __future__ import annotations

from .patterns import RE_SENTENCE_END
from .records import Article, Sentence


def split_sentences(article: Article) -> tuple[Sentence, ...]:
    text = article.text
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for m in RE_SENTENCE_END.finditer(text):
        end = m.end() if m.group()[0] != "\n" else m.start()
        _add(out, article.doc_id, text, start, end, paragraph)
        if "\n" in m.group():
            paragraph += 1
        start = m.end()
    _add(out, article.doc_id, text, start, len(text), paragraph)
    return tuple(out)


def _add(out: list[Sentence], doc_id: str, text: str, start: int, end: int, paragraph: int) -> None:
    """The sentence text[start:end] without the whitespace around it (str.strip and str.isspace
    agree on what whitespace is), unless nothing is left."""
    piece = text[start:end]
    body = piece.strip()
    if body:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(doc_id, len(out), start, start + len(body), body, paragraph))
