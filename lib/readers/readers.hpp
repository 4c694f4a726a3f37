// dbslabel: checks claims about deep brain stimulation for dystonia against its labelling.
// SPDX-License-Identifier: MIT

// Text readers: source bytes in, a document (copy + blocks + source map) out. Never throw on
// any input (only std::bad_alloc).
#pragma once

#include <string>
#include <string_view>

#include <dbslabel/checker.hpp>

#include "text/document.hpp"

namespace dbslabel::detail {

/// Reads `source` as `format`. The document refers to `source`, which must outlive it.
document read_document(std::string_view source, input_format format, std::string path);

}  // namespace dbslabel::detail
