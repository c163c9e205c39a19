// Errors thrown by the library. Every user-facing problem with an input file is an InputError
// carrying where it is; the CLI catches Error once and maps it to exit status 2.
#pragma once

#include <stdexcept>
#include <string>

namespace evgraph {

struct SourceLocation {
  std::string file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based; 0 when unknown

  // "file:line:column", "file:line" or "file", whichever is known.
  std::string to_string() const;
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Bad user input: a manifest, a document, a lexicon, a graph export. what() reads
// "FILE:LINE:COLUMN: message".
class InputError : public Error {
 public:
  InputError(SourceLocation location, const std::string& message);
  const SourceLocation& location() const { return m_location; }
  const std::string& message() const { return m_message; }

 private:
  SourceLocation m_location;
  std::string m_message;
};

// Bad rule data or configuration (data/*.yaml, style files, --data): same shape as InputError.
class ConfigError : public InputError {
 public:
  using InputError::InputError;
};

// A renderer could not produce its output (Graphviz layout failure, unwritable file).
class RenderError : public Error {
 public:
  using Error::Error;
};

}  // namespace evgraph
