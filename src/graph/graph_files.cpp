#include <evgraph/graph_io.hpp>

namespace evgraph {
namespace {

// Whether text of no telling extension (standard input) is JSON: its first non-blank byte.
bool looks_like_json(const std::string& head) {
  const std::size_t first = head.find_first_not_of(" \t\r\n");
  return first != std::string::npos && head[first] == '{';
}

bool has_evgraph_key(const std::string& head) {
  std::size_t line = 0;
  for (int k = 0; k < 20 && line < head.size(); ++k) {
    if (head.compare(line, 8, "evgraph:") == 0) return true;
    const std::size_t next = head.find('\n', line);
    if (next == std::string::npos) break;
    line = next + 1;
  }
  return false;
}

}  // namespace

GraphModel load_graph(const std::filesystem::path& file, const DataStore& data, const Env& env) {
  const std::string text = env.read_file(file);
  const std::string extension = file.extension().string();
  const bool yaml = extension == ".yaml" || extension == ".yml" || (extension != ".json" && !looks_like_json(text));
  if (yaml) return graph_from_yaml(text, file.string(), data);
  return graph_from_json(text, file.string());
}

bool is_graph_export(const std::filesystem::path& path, const Env& env) {
  if (env.kind(path) != FileKind::Regular) return false;
  const std::string extension = path.extension().string();
  if (extension == ".json") return true;
  if (!extension.empty() && extension != ".yaml" && extension != ".yml") return false;
  const std::string head = env.read_prefix(path, 4096);
  // A file without extension (standard input) is a graph when it reads as one.
  if (extension.empty() && looks_like_json(head)) return head.find("\"evgraph\"") != std::string::npos;
  return has_evgraph_key(head);
}

}  // namespace evgraph
