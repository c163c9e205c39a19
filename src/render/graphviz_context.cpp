#include "graphviz_context.hpp"

#include <evgraph/error.hpp>

#include <vector>
#include <unordered_map>

namespace evgraph::detail {
namespace {

int append_to_string(void* channel, const char* text) {
  static_cast<std::string*>(channel)->append(text);
  return 0;
}
int flush_nothing(void*) { return 0; }

// Object ids. cgraph's default discipline uses the address of each interned name as its id, and
// keeps subgraphs ordered by id, so agwrite printed them in a different order on every run. Here
// names get sequential even ids (anonymous objects odd ones, as cgraph expects): creation order.
// Names are interned with agstrdup because agwrite inspects the refstr header in front of them.
struct NameTable {
  Agraph_t* graph = nullptr;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  // by id / 2 - 1, owned by the graph's string dictionary
  IDTYPE next_anonymous = 1;
};

void* names_open(Agraph_t* graph, Agdisc_t*) {
  auto* table = new NameTable;
  table->graph = graph;
  return table;
}

long names_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& table = *static_cast<NameTable*>(state);
  if (!name) {
    *id = table.next_anonymous;
    table.next_anonymous += 2;
    return 1;
  }
  auto it = table.ids.find(name);
  if (it != table.ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  table.names.push_back(agstrdup(table.graph, name));
  *id = 2 * static_cast<IDTYPE>(table.names.size());
  table.ids.emplace(name, *id);
  return 1;
}

long names_alloc(void*, int, IDTYPE) { return 0; }
void names_free(void*, int, IDTYPE) {}

char* names_print(void* state, int, IDTYPE id) {
  auto& table = *static_cast<NameTable*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > table.names.size()) return nullptr;
  return table.names[id / 2 - 1];
}

void names_close(void* state) { delete static_cast<NameTable*>(state); }
void names_register(void*, int, void*) {}

// agopen keeps a pointer to the discipline, so it must outlive every graph.
Agdisc_t& string_discipline() {
  static Agiddisc_t ids{names_open, names_map, names_alloc, names_free, names_print, names_close, names_register};
  static Agiodisc_t io{AgIoDisc.afread, append_to_string, flush_nothing};
  static Agdisc_t disc{&AgMemDisc, &ids, &io};
  return disc;
}

std::string g_messages;  // guarded by graphviz_mutex()

int collect_message(char* message) {
  if (message) g_messages += message;
  return 0;
}

}  // namespace

std::mutex& graphviz_mutex() {
  static std::mutex mutex;
  return mutex;
}

GraphHandle::GraphHandle(const char* name) {
  m_graph = agopen(const_cast<char*>(name), Agdirected, &string_discipline());
  if (!m_graph) throw RenderError("Graphviz could not create a graph (out of memory?)");
}

GraphHandle::~GraphHandle() {
  if (m_graph) agclose(m_graph);
}

std::string GraphHandle::write() const {
  std::string out;
  if (agwrite(m_graph, &out) != 0) throw RenderError("Graphviz could not write the DOT text");
  return out;
}

ErrorCapture::ErrorCapture() : m_previous(agseterrf(collect_message)) { g_messages.clear(); }

ErrorCapture::~ErrorCapture() { agseterrf(m_previous); }

std::string ErrorCapture::messages() const {
  std::string out = g_messages;
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  return out;
}

// One gvc context for the whole process, never freed: Graphviz 2.42's text-size code (pango
// plugin) keeps a pointer to font data owned by the first context, so freeing a context and
// creating another reads freed memory (found by AddressSanitizer). Callers hold graphviz_mutex().
GVC_t* shared_context() {
  static GVC_t* context = gvContext();
  return context;
}

LayoutContext::LayoutContext() {
  m_context = shared_context();
  if (!m_context) throw RenderError("Graphviz could not create a layout context");
}

LayoutContext::~LayoutContext() {
  if (m_laid_out) gvFreeLayout(m_context, m_laid_out);
}

void LayoutContext::layout(Agraph_t* graph, const char* engine, const ErrorCapture& errors, const std::string& what) {
  if (gvLayout(m_context, graph, engine) != 0) {
    const std::string messages = errors.messages();
    throw RenderError("Graphviz could not lay out " + what + (messages.empty() ? std::string() : " (" + messages + ")") +
                      ": its layout plugins are not registered; run `dot -c` as root or install the graphviz package");
  }
  m_laid_out = graph;
}

std::string LayoutContext::render(const char* format) const {
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(m_context, m_laid_out, format, &data, &length) != 0 || !data) {
    if (data) gvFreeRenderData(data);
    throw RenderError(std::string("Graphviz could not render ") + format +
                      ": its core plugin is missing; run `dot -c` as root or install the graphviz package");
  }
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

std::string strip_generator_comment(std::string svg) {
  const std::size_t begin = svg.find("<!-- Generated by graphviz");
  if (begin == std::string::npos) return svg;
  std::size_t end = svg.find("-->", begin);
  if (end == std::string::npos) return svg;
  end += 3;
  if (end < svg.size() && svg[end] == '\n') ++end;
  svg.erase(begin, end - begin);
  return svg;
}

}  // namespace evgraph::detail
