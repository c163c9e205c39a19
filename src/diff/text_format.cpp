// The human-readable diff: a `git diff --stat`-like table of documents, the summary line, then one
// line per changed node and edge.
#include <evgraph/diff.hpp>

#include <algorithm>
#include <map>
#include <sstream>

namespace evgraph {
namespace {

constexpr std::size_t k_bar_width = 40;

class Painter {
 public:
  explicit Painter(bool colour) : m_colour(colour) {}
  std::string operator()(const char* code, const std::string& text) const {
    return m_colour ? std::string("\033[") + code + "m" + text + "\033[m" : text;
  }
  std::string of(ChangeKind kind, const std::string& text) const { return (*this)(code(kind), text); }

 private:
  static const char* code(ChangeKind kind) {
    switch (kind) {
      case ChangeKind::Added: return "32";
      case ChangeKind::Removed: return "31";
      case ChangeKind::Changed: return "33";
      case ChangeKind::Unchanged: break;
    }
    return "0";
  }
  bool m_colour;
};

char sign(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added: return '+';
    case ChangeKind::Removed: return '-';
    case ChangeKind::Changed: return '~';
    case ChangeKind::Unchanged: break;
  }
  return ' ';
}

std::string join(const std::vector<std::string>& items, const std::string& separator = ", ") {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : separator) + item;
  return out;
}

// "3 actors added, 1 removed", or nothing when the category did not change (events always shown).
std::string count_phrase(const ChangeCounts& counts, const std::string& noun, bool always, bool can_change = true) {
  if (!always && counts.total_changes() == 0) return {};
  std::string out;
  auto part = [&](std::size_t n, const char* verb) {
    if (!always && n == 0) return;
    // "1 actor added, 2 removed": the noun agrees with the first count.
    out += out.empty() ? std::to_string(n) + " " + (n == 1 ? noun.substr(0, noun.size() - 1) : noun) : ", " + std::to_string(n);
    out += std::string(" ") + verb;
  };
  part(counts.added, "added");
  part(counts.removed, "removed");
  if (can_change) part(counts.changed, "changed");
  return out;
}

std::string describe_side(const CorpusInfo& corpus) {
  std::string text = "corpus " + corpus.name;
  if (!corpus.version.empty()) text += " " + corpus.version;
  return text + ", " + std::to_string(corpus.documents.size()) + " documents";
}

void write_stat(std::ostringstream& out, const GraphDiff& diff, const Painter& paint) {
  std::size_t width = 0, most = 1;
  for (const DocumentChange& doc : diff.documents) {
    width = std::max(width, doc.id.size());
    most = std::max(most, doc.events.size());
  }
  std::map<std::string, ChangeKind> kind_of;
  for (const EventChange& change : diff.events) kind_of.emplace(change.id, change.kind);
  const std::size_t bar_width = std::min(most, k_bar_width);
  for (const DocumentChange& doc : diff.documents) {
    std::string bar;
    std::size_t drawn = 0;
    for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed}) {
      const std::size_t n = static_cast<std::size_t>(std::count_if(
          doc.events.begin(), doc.events.end(), [&](const std::string& id) { return kind_of.at(id) == kind; }));
      const std::size_t cells = doc.events.size() <= k_bar_width ? n : (n * k_bar_width + most - 1) / most;
      if (cells) bar += paint.of(kind, std::string(cells, sign(kind)));
      drawn += cells;
    }
    const std::string count = std::to_string(doc.events.size());
    out << ' ' << doc.id << std::string(width - doc.id.size(), ' ') << " | " << count << ' ' << bar
        << std::string(bar_width + 5 - std::min(bar_width + 4, drawn + count.size()), ' ') << "(" << to_string(doc.kind)
        << " document)\n";
  }
}

void write_set(std::ostringstream& out, const char* name, const SetChange& set, const Painter& paint) {
  if (set.empty()) return;
  std::vector<std::string> items;
  for (const auto& id : set.added) items.push_back(paint.of(ChangeKind::Added, "+" + id));
  for (const auto& id : set.removed) items.push_back(paint.of(ChangeKind::Removed, "-" + id));
  out << "    " << name << ": " << join(items, " ") << "\n";
}

void write_fields(std::ostringstream& out, const std::vector<FieldChange>& fields) {
  for (const FieldChange& f : fields)
    out << "    " << f.field << ": " << f.old_value.value_or("(none)") << " → " << f.new_value.value_or("(none)") << "\n";
}

void write_event(std::ostringstream& out, const EventChange& c, const Painter& paint) {
  out << paint.of(c.kind, std::string(1, sign(c.kind)) + " event " + c.id) << " (" << c.type << ", "
      << c.date.value_or("undated") << ") \"" << c.title << "\"\n";
  if (!c.old_id.empty()) out << "    id: " << c.old_id << " → " << c.id << "\n";
  write_fields(out, c.fields);
  write_set(out, "actors", c.actors, paint);
  write_set(out, "places", c.places, paint);
  write_set(out, "proposals", c.proposals, paint);
  write_set(out, "agents", c.agents, paint);
  write_set(out, "targets", c.targets, paint);
  write_set(out, "sources", c.sources, paint);
  if (!c.requoted.empty()) out << "    requoted: " << join(c.requoted) << "\n";
  if (!c.documents.empty()) out << "    documents: " << join(c.documents) << "\n";
}

}  // namespace

std::string diff_summary_line(const GraphDiff& diff) {
  if (diff.identical()) return "no differences";
  std::vector<std::string> parts{count_phrase(diff.event_counts, "events", true)};
  for (const auto& phrase : {count_phrase(diff.actor_counts, "actors", false),
                             count_phrase(diff.place_counts, "places", false),
                             count_phrase(diff.proposal_counts, "proposals", false),
                             count_phrase(diff.edge_counts, "edges", false, false),
                             count_phrase(diff.document_counts, "documents", false)})
    if (!phrase.empty()) parts.push_back(phrase);
  return join(parts, "; ");
}

std::string format_diff_text(const GraphDiff& diff, const DiffLabels& labels, const DiffTextOptions& options) {
  const Painter paint(options.colour);
  std::ostringstream out;
  out << paint("1", "--- " + labels.old_label) << " (" << describe_side(diff.old_corpus) << ")\n";
  out << paint("1", "+++ " + labels.new_label) << " (" << describe_side(diff.new_corpus) << ")\n";
  if (diff.identical()) {
    out << " no differences\n";
    return out.str();
  }
  write_stat(out, diff, paint);
  out << ' ' << diff_summary_line(diff) << "\n";
  if (diff.fuzzy_matches)
    out << " (" << diff.fuzzy_matches << " changed event" << (diff.fuzzy_matches > 1 ? "s" : "")
        << " matched by content: id changed)\n";
  const auto hidden = options.all_edges ? 0 : std::count_if(diff.edges.begin(), diff.edges.end(), [](const EdgeChange& c) {
    return c.edge.kind == "mentioned_in";
  });
  if (hidden && !options.stat_only)
    out << " (" << hidden << " mentioned_in edge" << (hidden > 1 ? "s" : "") << " not listed: --edges=all lists them)\n";
  if (options.stat_only) return out.str();
  out << "\n";
  for (const EventChange& c : diff.events) write_event(out, c, paint);
  for (const EntityChange& c : diff.entities) {
    out << paint.of(c.kind, std::string(1, sign(c.kind)) + " " + c.collection + " " + c.id) << " \"" << c.name << "\"\n";
    write_fields(out, c.fields);
    write_set(out, "aliases", c.aliases, paint);
    if (!c.documents.empty()) out << "    documents: " << join(c.documents) << "\n";
  }
  for (const EdgeChange& c : diff.edges)
    if (options.all_edges || c.edge.kind != "mentioned_in")
      out << paint.of(c.kind, std::string(1, sign(c.kind)) + " edge " + c.edge.from + " -" + c.edge.kind + "-> " + c.edge.to)
        << "\n";
  for (const DocumentChange& d : diff.documents) {
    out << paint.of(d.kind, std::string(1, sign(d.kind)) + " document " + d.id) << " " << d.path;
    if (d.kind == ChangeKind::Changed) out << " sha256 " << d.old_sha256.substr(0, 12) << " → " << d.new_sha256.substr(0, 12);
    out << "\n";
  }
  return out.str();
}

}  // namespace evgraph
