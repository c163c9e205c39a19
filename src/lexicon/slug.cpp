#include "lexicon/slug.hpp"

#include <evgraph/text.hpp>

namespace evgraph::detail {

std::string slugify(std::string_view name) {
  const std::string folded = fold(name);
  std::string slug;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
      slug.push_back(c);
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "x" : slug;
}

}  // namespace evgraph::detail
