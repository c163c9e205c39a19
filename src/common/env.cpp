#include <evgraph/env.hpp>

#include "common/streamed_outputs.hpp"

namespace evgraph {

void Env::write_streamed(const std::filesystem::path& folder, const std::vector<StreamedOutput>& outputs) {
  std::vector<OutputFile> files(outputs.size());
  detail::produce_side_by_side(outputs.size(), [&](std::size_t k) {
    files[k].name = outputs[k].name;
    outputs[k].produce([&file = files[k]](std::string_view piece) { file.content += piece; });
  });
  write_files(folder, files);
}

}  // namespace evgraph
