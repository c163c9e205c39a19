// Ownership of Graphviz handles. Graphviz keeps global state (error hooks, the string dictionary,
// plugin lists) and is not thread-safe, so every call into cgraph or gvc happens while holding
// graphviz_mutex().
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>
#include <string>

namespace evgraph::detail {

std::mutex& graphviz_mutex();

// An Agraph_t closed on destruction. Its writes go to the std::string passed to agwrite.
class GraphHandle {
 public:
  explicit GraphHandle(const char* name);
  ~GraphHandle();
  GraphHandle(const GraphHandle&) = delete;
  GraphHandle& operator=(const GraphHandle&) = delete;
  Agraph_t* get() const { return m_graph; }
  std::string write() const;  // DOT text of the graph

 private:
  Agraph_t* m_graph = nullptr;
};

// Collects Graphviz error and warning messages instead of letting them reach stderr.
class ErrorCapture {
 public:
  ErrorCapture();
  ~ErrorCapture();
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;
  std::string messages() const;

 private:
  agusererrf m_previous;
};

// A gvc context with, once layout() succeeded, the layout of one graph; both freed in order.
class LayoutContext {
 public:
  LayoutContext();
  ~LayoutContext();
  LayoutContext(const LayoutContext&) = delete;
  LayoutContext& operator=(const LayoutContext&) = delete;
  bool layout(Agraph_t* graph, const char* engine);
  std::string render(const char* format) const;

 private:
  GVC_t* m_context = nullptr;
  Agraph_t* m_laid_out = nullptr;
};

}  // namespace evgraph::detail
