// Metadata found in the text itself: leading header lines ("date 2022-01",
// a bare URL), the publication date from header, URL, dateline or text, the
// outlet from the URL, and the wire agencies the article draws on.
#pragma once

#include <string>

#include "core/document.h"

namespace recoupe {

// Takes recognised leading metadata lines out of doc.text into doc fields.
void ExtractHeaderMetadata(Document& doc);
// Fills doc.published / published_from when not already set by stronger evidence.
void ResolvePublicationDate(Document& doc);
// Fills doc.wire_sources from attributions in the text (data/agencies.tsv).
void DetectWireSources(Document& doc);
// The same, looking for agency names at every byte instead of at the bytes
// that can start one found sixteen or eight at a time: the reference tests
// hold DetectWireSources equal to.
void DetectWireSourcesWithoutFastPaths(Document& doc);
// Sets doc.url (if unset) and doc.outlet (host without "www.") from a URL.
void SetUrl(Document& doc, std::string url);

}  // namespace recoupe
