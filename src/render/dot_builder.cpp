#include "dot_builder.hpp"

#include "date_placement.hpp"
#include "graph_marks.hpp"
#include "text_util.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace evgraph::detail {
namespace {

struct NodeSpec {
  std::string id;
  std::string kind;  // event|person|state|...|place|proposal|document
  std::string label;
  std::string tooltip;
  std::string url;
  std::string border;  // events: colour of their type
  std::string date_key;  // events: ISO day they are ranked by, empty when undated
  // Events: what the articles claim (modality) and whether the extraction is unsure; the label
  // again as lines of title and the date, for an HTML label when the modality marks the text.
  std::string modality;
  bool low_confidence = false;
  std::vector<std::string> title_lines;
  std::string date_text;
};

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

void declare(Agraph_t* g, int kind, const char* name, const std::string& value) {
  agattr(g, kind, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

// Graphviz does not wrap labels: break them on spaces, as escaped lines joined by "\n".
std::string wrapped_label(const std::string& text, std::size_t width) {
  std::string out;
  for (const std::string& line : wrap_words(clean_text(text), width)) {
    if (!out.empty()) out += "\\n";
    out += dot_escape(line);
  }
  return out;
}

// Node names are the model ids; a backslash is the one thing DOT cannot quote at a string's end.
std::string node_name(const std::string& id) {
  std::string name = clean_text(id);
  std::replace(name.begin(), name.end(), '\\', '_');
  return name;
}

std::string event_tooltip(const Event& event, const std::string& date_text) {
  std::string text = dot_tooltip_escape(event.title) + "&#10;" + dot_tooltip_escape(date_text);
  for (std::size_t i = 0; i < event.sources.size() && i < kNodeSources; ++i) {
    const Source& source = event.sources[i];
    text += "&#10;« " + dot_tooltip_escape(source.quote) + " » (" + dot_tooltip_escape(source.doc) + ")";
  }
  return text;
}

std::vector<NodeSpec> collect_nodes(const GraphModel& model, const GraphRenderOptions& options,
                                    const RenderStyle& style, const LocaleStrings& words) {
  const ThemeColours& theme = style.theme(options.theme);
  std::map<std::string, const DocumentInfo*> documents;
  for (const DocumentInfo& doc : model.corpus.documents) documents[doc.id] = &doc;

  std::vector<NodeSpec> nodes;
  for (const Event& event : model.events) {
    NodeSpec n;
    n.id = event.id;
    n.kind = "event";
    const std::string date_text = describe_date(event.date, words);
    n.label = wrapped_label(event.title, 30) + "\\n" + dot_escape(date_text);
    n.title_lines = wrap_words(clean_text(event.title), 30);
    n.date_text = date_text;
    n.modality = RenderStyle::modality_name(event.modality);
    n.low_confidence = style.low_confidence_event(event.confidence);
    n.tooltip = event_tooltip(event, date_text);
    if (!event.sources.empty()) {
      auto doc = documents.find(event.sources.front().doc);
      if (doc != documents.end()) n.url = dot_escape(document_href(*doc->second, options.links));
    }
    n.border = theme.event_type(event.type);
    const Placement place = place_event(event.date);
    if (place.kind != MarkKind::undated) n.date_key = to_iso(place.first);
    nodes.push_back(std::move(n));
  }
  // An entity only mentioned (no event links it) has nothing to attach to unless documents are
  // drawn: leave it out of the drawing rather than float it.
  std::set<std::string> linked;
  for (const Edge& edge : model.edges)
    if (edge.kind != "mentioned_in" && edge.kind != "reported_by") linked.insert(edge.from), linked.insert(edge.to);
  auto add_entities = [&](const std::vector<Entity>& entities, const char* fallback_kind) {
    for (const Entity& entity : entities) {
      if (!options.include_sources && !linked.count(entity.id)) continue;
      NodeSpec n;
      n.id = entity.id;
      n.kind = std::string(fallback_kind) == "actor" ? (entity.kind.empty() ? "other" : entity.kind) : fallback_kind;
      n.label = wrapped_label(entity.name.empty() ? entity.id : entity.name, 24);
      n.tooltip = dot_tooltip_escape(entity.name + (entity.kind.empty() ? "" : " (" + entity.kind + ")"));
      nodes.push_back(std::move(n));
    }
  };
  add_entities(model.actors, "actor");
  add_entities(model.places, "place");
  add_entities(model.proposals, "proposal");
  if (options.include_sources) {
    for (const DocumentInfo& doc : model.corpus.documents) {
      NodeSpec n;
      n.id = doc.id;
      n.kind = "document";
      n.label = wrapped_label(doc.title.empty() ? doc.id : doc.title, 28) + "\\n" +
                (doc.published.is_special() ? std::string() : dot_escape(to_iso(doc.published)));
      n.tooltip = dot_tooltip_escape(doc.path);
      n.url = dot_escape(document_href(doc, options.links));
      nodes.push_back(std::move(n));
    }
  }
  std::stable_sort(nodes.begin(), nodes.end(), [](const NodeSpec& a, const NodeSpec& b) { return a.id < b.id; });
  return nodes;
}

const std::string& lookup_or_other(const std::map<std::string, std::string>& map, const std::string& key) {
  auto it = map.find(key);
  return it != map.end() ? it->second : map.at("other");
}

// A diff: the node drawn in the colours of its status; removed ones dashed.
void mark_node(Agnode_t* n, ChangeKind status, const std::string* note, const ThemeColours& theme) {
  const StatusColours& look = theme.changes.at(status);
  if (status == ChangeKind::Removed) {
    const char* style = agget(n, const_cast<char*>("style"));
    const std::string current = style ? style : "";
    set(n, "style", current.empty() ? "dashed" : current + ",dashed");
  }
  set(n, "color", look.line);
  set(n, "fillcolor", look.fill);
  set(n, "fontcolor", look.text);
  set(n, "penwidth", status == ChangeKind::Unchanged ? "1" : "2.5");
  if (status != ChangeKind::Unchanged) set(n, "class", std::string("diff-") + to_string(status));
  if (note && !note->empty()) {
    const char* tooltip = agget(n, const_cast<char*>("tooltip"));
    set(n, "tooltip", std::string(tooltip ? tooltip : "") + "&#10;" + dot_tooltip_escape(*note));
  }
}

void mark_edge(Agedge_t* e, ChangeKind status, const ThemeColours& theme) {
  set(e, "color", theme.changes.at(status).line);
  if (status == ChangeKind::Removed) set(e, "style", "dashed");
  if (status != ChangeKind::Unchanged) {
    set(e, "penwidth", "1.8");
    set(e, "class", std::string("diff-") + to_string(status));
  }
}

void add_change_legend(Agraph_t* g, const ThemeColours& theme, const LocaleStrings& words) {
  Agraph_t* legend = agsubg(g, const_cast<char*>("cluster_diff_legend"), 1);
  set(legend, "label", dot_escape(words.phrase("diff_legend")));
  set(legend, "style", "rounded");
  set(legend, "color", theme.changes.at(ChangeKind::Unchanged).line);
  for (ChangeKind status : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed, ChangeKind::Unchanged}) {
    const std::string name = std::string("diff legend: ") + to_string(status);
    const std::string label = dot_escape(words.phrase(std::string("diff_") + to_string(status)));
    Agnode_t* n = agnode(legend, const_cast<char*>(name.c_str()), 1);
    set(n, "label", label);
    set(n, "shape", "box");
    set(n, "style", "rounded,filled");
    set(n, "tooltip", label);
    mark_node(n, status, nullptr, theme);
  }
}

}  // namespace

void build_graph(const GraphHandle& graph, const GraphModel& model, const GraphRenderOptions& options,
                 const RenderStyle& style, const LocaleStrings& words, const std::string& note) {
  Agraph_t* g = graph.get();
  const ThemeColours& theme = style.theme(options.theme);
  const std::string font = style.graph_font_family;
  const std::string font_size = num(style.graph_font_size);

  declare(g, AGRAPH, "rankdir", options.rankdir);
  declare(g, AGRAPH, "bgcolor", theme.background);
  declare(g, AGRAPH, "fontname", font);
  declare(g, AGRAPH, "nodesep", "0.25");
  declare(g, AGRAPH, "ranksep", "0.45");
  declare(g, AGRAPH, "newrank", "true");
  // Graphviz's layout plugins set a process-wide default node label; declaring it here makes the
  // DOT text the same whether or not a layout ran earlier in the process.
  declare(g, AGNODE, "label", "\\N");
  declare(g, AGNODE, "fontname", font);
  declare(g, AGNODE, "fontsize", font_size);
  declare(g, AGNODE, "fontcolor", theme.text);
  declare(g, AGNODE, "color", theme.muted);
  declare(g, AGNODE, "style", "filled");
  declare(g, AGNODE, "shape", "ellipse");
  declare(g, AGNODE, "penwidth", "1");
  declare(g, AGEDGE, "fontname", font);
  declare(g, AGEDGE, "fontsize", num(style.graph_font_size - 2));
  declare(g, AGEDGE, "color", theme.edge_kind("other"));
  declare(g, AGEDGE, "style", "solid");
  declare(g, AGEDGE, "arrowsize", "0.7");

  // Creation order is what agwrite prints: sorted ids make the DOT text reproducible.
  std::map<std::string, Agnode_t*> created;
  std::map<std::string, std::vector<Agnode_t*>> events_by_day;
  const ChangeMarks* changes = options.changes;
  for (const NodeSpec& spec : collect_nodes(model, options, style, words)) {
    if (created.count(spec.id)) continue;  // the same id in two collections: keep the first
    Agnode_t* n = agnode(g, const_cast<char*>(node_name(spec.id).c_str()), 1);
    created[spec.id] = n;
    set(n, "label", spec.label);
    set(n, "shape", lookup_or_other(style.node_shapes, spec.kind));
    set(n, "fillcolor", theme.node_kind(spec.kind));
    if (!spec.tooltip.empty()) set(n, "tooltip", spec.tooltip);
    // _top: the documentation embeds graphs with <object>, where a plain link would open the
    // article inside the figure's own frame.
    if (!spec.url.empty()) {
      set(n, "URL", spec.url);
      set(n, "target", "_top");
    }
    if (spec.kind == "event") {
      const ModalityLook& look = style.modality_look(spec.modality);
      set(n, "style", event_node_style(look));
      set(n, "color", spec.border);
      set(n, "penwidth", "2");
      if (look.label != LabelLook::plain) set_html(n, "label", event_html_label(spec.title_lines, spec.date_text, look.label));
      if (!spec.date_key.empty()) events_by_day[spec.date_key].push_back(n);
    } else if (spec.kind == "group") {
      set(n, "style", "dashed,filled");
    }
    if (changes) {
      auto change_note = changes->notes.find(spec.id);
      mark_node(n, changes->node(spec.id), change_note == changes->notes.end() ? nullptr : &change_note->second, theme);
    }
    if (spec.low_confidence) {
      // Unsure: the node's colours, whatever set them, made see-through.
      for (const char* attribute : {"color", "fillcolor", "fontcolor"}) {
        const char* colour = agget(n, const_cast<char*>(attribute));
        if (colour) set(n, attribute, with_opacity(colour, style.low_confidence_opacity));
      }
    }
  }

  // One rank per day, days left to right: the graph reads as a timeline. agwrite checks every
  // node and edge against every direct subgraph, so thousands of days are nested in about
  // sqrt(days) blocks to keep writing O(n sqrt(days)) rather than O(n days).
  const std::size_t days = events_by_day.size();
  std::size_t block_size = days;
  if (days > 100)
    while (block_size * block_size > days) block_size = (block_size + days / block_size) / 2;
  Agraph_t* block = g;
  std::size_t index = 0;
  Agnode_t* previous = nullptr;
  for (const auto& entry : events_by_day) {
    const std::vector<Agnode_t*>& nodes = entry.second;
    if (days > 100 && index++ % (block_size + 1) == 0)
      block = agsubg(g, const_cast<char*>(("days from " + entry.first).c_str()), 1);
    Agraph_t* rank = agsubg(block, const_cast<char*>(("day " + entry.first).c_str()), 1);
    set(rank, "rank", "same");
    for (Agnode_t* n : nodes) agsubnode(rank, n, 1);
    if (previous) {
      Agedge_t* chain = agedge(g, previous, nodes.front(), nullptr, 1);
      set(chain, "style", "invis");
      set(chain, "weight", "10");
    }
    previous = nodes.front();
  }

  // The edges drawn, by pointer: a copy of all of them would hold the millions of mentioned_in
  // edges of a large corpus twice while the drawing leaves them out.
  std::vector<const Edge*> drawn;
  for (const Edge& edge : model.edges) {
    if ((edge.kind == "reported_by" || edge.kind == "mentioned_in") && !options.include_sources) continue;
    if (!created.count(edge.from) || !created.count(edge.to)) continue;  // dangling: nothing to draw
    drawn.push_back(&edge);
  }
  std::sort(drawn.begin(), drawn.end(), [](const Edge* a, const Edge* b) {
    return std::tie(a->from, a->to, a->kind) < std::tie(b->from, b->to, b->kind);
  });
  for (const Edge* drawn_edge : drawn) {
    const Edge& edge = *drawn_edge;
    Agedge_t* e = agedge(g, created.at(edge.from), created.at(edge.to), nullptr, 1);
    set(e, "color", theme.edge_kind(edge.kind));
    set(e, "style", lookup_or_other(style.edge_styles, edge.kind));
    set(e, "tooltip", dot_tooltip_escape(edge.kind));
    if (edge.kind == "opposes" || edge.kind == "rejects") set(e, "arrowhead", "tee");
    if (edge.kind == "supports" || edge.kind == "proposes") set(e, "arrowhead", "normal");
    // Who acts and on whom: the agent's edge heavy, the target's ending in a filled dot.
    if (edge.kind == "agent") set(e, "penwidth", "1.8");
    if (edge.kind == "target") set(e, "arrowhead", "dot");
    if (edge.kind == "participant") set(e, "arrowhead", "none");
    if (edge.kind == "precedes") {
      set(e, "penwidth", "0.6");
      set(e, "arrowsize", "0.5");
    }
    // Documents would pull every event to their rank; places and proposals keep their
    // constraint, which puts them just after the first event that names them.
    if (edge.kind == "reported_by" || edge.kind == "mentioned_in") set(e, "constraint", "false");
    if (changes) mark_edge(e, changes->edge(edge), theme);
  }
  if (changes) add_change_legend(g, theme, words);
  if (const std::string legend = legend_html(model, style, theme, words, note); !legend.empty()) {
    set_html(g, "label", legend);
    set(g, "labelloc", "b");
    set(g, "labeljust", "l");
  }
}

}  // namespace evgraph::detail
