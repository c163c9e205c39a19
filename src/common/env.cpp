#include <evgraph/env.hpp>

#include "common/streamed_outputs.hpp"

namespace evgraph {

std::string Env::read_confined_stamped(const std::filesystem::path& root, const std::string& relative,
                                       std::size_t max_bytes, std::optional<FileStamp>& stamp) const {
  stamp.reset();
  return read_confined(root, relative, max_bytes);
}

std::optional<FileStamp> Env::stamp_confined(const std::filesystem::path&, const std::string&) const {
  return std::nullopt;
}

void Env::write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs) {
  std::vector<OutputFile> files(outputs.size());
  detail::produce_side_by_side(outputs.size(), [&](std::size_t k) {
    files[k].name = outputs[k].name;
    outputs[k].produce([&file = files[k]](std::string_view piece) { file.content += piece; });
  });
  write_files(folder, files);
}

}  // namespace evgraph
