// The union graph drawn by the graph renderer, then recoloured by status: added green, removed red
// and dashed, changed orange, unchanged grey, with a legend.
#include "diff/union_graph.hpp"

#include "render/dot_builder.hpp"
#include "render/text_util.hpp"

#include <evgraph/error.hpp>

#include <algorithm>
#include <optional>

namespace evgraph {
namespace {

struct StatusLook {
  const char* label;
  const char* line;  // border and edge colour
  const char* fill;
  const char* text;
};

constexpr StatusLook k_added{"added", "#2e8b3a", "#dcf2de", "#1b4d22"};
constexpr StatusLook k_removed{"removed", "#c62828", "#fbe0e0", "#7a1717"};
constexpr StatusLook k_changed{"changed", "#e67e00", "#fdebd3", "#6b3b00"};
constexpr StatusLook k_unchanged{"unchanged", "#9e9e9e", "#f2f2f2", "#757575"};

const StatusLook& look_of(std::optional<ChangeKind> kind) {
  if (!kind) return k_unchanged;
  switch (*kind) {
    case ChangeKind::Added: return k_added;
    case ChangeKind::Removed: return k_removed;
    case ChangeKind::Changed: return k_changed;
  }
  return k_unchanged;
}

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

std::string get(void* object, const char* name) {
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

// The node name dot_builder gives an id.
std::string node_name(const std::string& id) {
  std::string name = detail::clean_text(id);
  std::replace(name.begin(), name.end(), '\\', '_');
  return name;
}

void mark_node(Agnode_t* n, std::optional<ChangeKind> kind, const std::string* note) {
  const StatusLook& look = look_of(kind);
  std::string style = get(n, "style");
  if (kind == ChangeKind::Removed) style += style.empty() ? "dashed" : ",dashed";
  set(n, "style", style);
  set(n, "color", look.line);
  set(n, "fillcolor", look.fill);
  set(n, "fontcolor", look.text);
  set(n, "penwidth", kind ? "2.5" : "1");
  if (kind) set(n, "class", std::string("diff-") + look.label);
  if (note && !note->empty()) set(n, "tooltip", get(n, "tooltip") + "&#10;changed: " + detail::dot_tooltip_escape(*note));
}

void mark_edge(Agedge_t* e, std::optional<ChangeKind> kind) {
  const StatusLook& look = look_of(kind);
  set(e, "color", kind ? look.line : "#c8c8c8");
  if (kind == ChangeKind::Removed) set(e, "style", "dashed");
  if (kind) {
    set(e, "penwidth", "1.8");
    set(e, "class", std::string("diff-") + look.label);
  }
}

void mark_statuses(Agraph_t* g, const detail::UnionGraph& u) {
  std::unordered_map<std::string, ChangeKind> nodes;
  std::unordered_map<std::string, const std::string*> notes;
  for (const auto& [id, kind] : u.nodes) nodes.emplace(node_name(id), kind);
  for (const auto& [id, note] : u.notes) notes.emplace(node_name(id), &note);
  std::map<detail::EdgeId, ChangeKind> edges;
  for (const auto& [key, kind] : u.edges)
    edges.emplace(detail::EdgeId{node_name(std::get<0>(key)), node_name(std::get<1>(key)), std::get<2>(key)}, kind);

  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    const std::string name = agnameof(n);
    auto status = nodes.find(name);
    auto note = notes.find(name);
    mark_node(n, status == nodes.end() ? std::nullopt : std::optional(status->second),
              note == notes.end() ? nullptr : note->second);
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e)) {
      // dot_builder gives every model edge its kind as tooltip; the rank chain has none.
      const std::string kind = get(e, "tooltip");
      if (kind.empty()) continue;
      auto edge = edges.find({name, agnameof(aghead(e)), kind});
      mark_edge(e, edge == edges.end() ? std::nullopt : std::optional(edge->second));
    }
  }
}

void add_legend(Agraph_t* g) {
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_diff_legend"), 1);
  set(legend, "label", "diff");
  set(legend, "style", "rounded");
  set(legend, "color", k_unchanged.line);
  for (const StatusLook* look : {&k_added, &k_removed, &k_changed, &k_unchanged}) {
    const std::string name = std::string("diff legend: ") + look->label;
    Agnode_t* n = agnode(legend, const_cast<char*>(name.c_str()), 1);
    set(n, "label", look->label);
    set(n, "shape", "box");
    set(n, "style", look == &k_removed ? "rounded,filled,dashed" : "rounded,filled");
    set(n, "color", look->line);
    set(n, "fillcolor", look->fill);
    set(n, "fontcolor", look->text);
    set(n, "penwidth", look == &k_unchanged ? "1" : "2.5");
    set(n, "tooltip", look->label);
  }
}


// Builds the marked graph in `graph`. Caller holds graphviz_mutex().
void build_diff_graph(const detail::GraphHandle& graph, const detail::UnionGraph& u, const GraphRenderOptions& options) {
  const auto style = options.style ? options.style : default_style();
  detail::build_graph(graph, u.model, options, *style);
  mark_statuses(graph.get(), u);
  add_legend(graph.get());
}

}  // namespace

std::string render_diff_dot(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff,
                            const GraphRenderOptions& options) {
  const detail::UnionGraph u = detail::build_union(old_model, new_model, diff);
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::ErrorCapture errors;
  detail::GraphHandle graph("evgraph_diff");
  build_diff_graph(graph, u, options);
  return graph.write();
}

std::string render_diff_svg(const GraphModel& old_model, const GraphModel& new_model, const GraphDiff& diff,
                            const GraphRenderOptions& options) {
  const detail::UnionGraph u = detail::build_union(old_model, new_model, diff);
  std::lock_guard<std::mutex> lock(detail::graphviz_mutex());
  detail::ErrorCapture errors;
  detail::GraphHandle graph("evgraph_diff");
  build_diff_graph(graph, u, options);
  detail::LayoutContext context;
  context.layout(graph.get(), "dot", errors, "the diff graph");
  return detail::strip_generator_comment(context.render("svg"));
}

}  // namespace evgraph
