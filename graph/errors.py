"""The errors the product raises on purpose. Each message names the bad value and what is allowed.

AllegianceError
├── InputError             a document we cannot read
│   ├── NoDocumentsError   a path that holds no .txt article
│   ├── UnreadableError    missing, a directory where a file was meant, no permission
│   ├── EmptyDocumentError nothing but white space
│   ├── EncodingError      not UTF-8 text (binary, Latin-1 ...)
│   ├── IdentifierError    an identifier that is no plain file name (control characters ...)
│   └── DocumentTooLargeError  more characters than Settings.max_document_chars
├── KnowledgeError         a bad row in a data file (gazetteer, lexicon, relations): file and line
├── QueryError             malformed SPARQL, with the parser's message and position
├── QueryTimeoutError      a query that ran past its time limit
├── ResultTooLargeError    more result rows than the limit allows
├── ForbiddenError         an update or ingestion without the write token
├── NotFoundError          an unknown entity or document
├── OverBudgetError        an answer that needs more than the caller's budget (never shown)
├── RemoteServiceError     a SERVICE endpoint (on the allow-list) that failed to answer
└── StoreError             the store cannot be opened or written (locked by another process)
"""

from __future__ import annotations

__all__ = [
    "AllegianceError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncodingError",
    "ForbiddenError",
    "IdentifierError",
    "InputError",
    "KnowledgeError",
    "NoDocumentsError",
    "NotFoundError",
    "OverBudgetError",
    "QueryError",
    "QueryTimeoutError",
    "RemoteServiceError",
    "ResultTooLargeError",
    "StoreError",
    "UnreadableError",
]


class AllegianceError(Exception):
    """Base of every error the product raises on purpose."""


class InputError(AllegianceError):
    """A document that cannot be ingested."""


class NoDocumentsError(InputError):
    """A path that holds no .txt article."""


class UnreadableError(InputError):
    """A file that cannot be opened."""


class EmptyDocumentError(InputError):
    """A document with no text."""


class EncodingError(InputError):
    """A document that is not UTF-8 text."""


class IdentifierError(InputError):
    """A document identifier that is no plain file name."""


class DocumentTooLargeError(InputError):
    """A document with more characters than the limit."""


class KnowledgeError(AllegianceError):
    """A data file (gazetteer, lexicon, relation registry) with a bad row; names file and line."""


class QueryError(AllegianceError):
    """Malformed SPARQL."""


class QueryTimeoutError(AllegianceError):
    """A query that ran past its time limit."""


class ResultTooLargeError(AllegianceError):
    """A result with more rows than allowed."""


class ForbiddenError(AllegianceError):
    """A write attempted without the write token."""


class NotFoundError(AllegianceError):
    """An unknown entity or document."""


class OverBudgetError(AllegianceError):
    """An answer that needs more rows or time than the budget its caller gave; the server then
    asks a query worker instead, so no client sees it."""


class RemoteServiceError(AllegianceError):
    """A remote SPARQL endpoint named by SERVICE that failed or could not be reached."""


class StoreError(AllegianceError):
    """The store cannot be opened or written."""
