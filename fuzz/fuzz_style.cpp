// Any bytes as a style file (--style): loaded over the built-in style, or an evgraph::Error.
#include <evgraph/render_style.hpp>

#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static evgraph::MemoryEnv env;
  env.add_file("style.yaml", evgraph::fuzz::as_text(data, size));
  try {
    const evgraph::RenderStyle style = evgraph::load_style(evgraph::fuzz::store(), env, std::filesystem::path("style.yaml"));
    (void)style.text_width("Kyiv, 24 février", style.font_size);
  } catch (const evgraph::Error&) {
  }
  return 0;
}
