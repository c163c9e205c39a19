// The sample corpus against its hand-written gold annotation, scored like shared/eval/score.py:
// a prediction is right when it overlaps a gold expression and has its value; any other
// prediction is a false positive unless it overlaps an optional gold expression.
#include <doctest/doctest.h>

#include "test_support.hpp"
#include "time/timex_fixture.hpp"

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace {

struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The n-th occurrence of `needle` counted as raw substrings, as shared/eval/score.py counts them
// (our copy of gold.yaml numbers its occurrences that way).
ByteSpan byte_span(const std::string& text, const std::string& needle, int occurrence) {
  std::size_t at = std::string::npos;
  for (int k = 0; k < occurrence; ++k) {
    at = text.find(needle, at == std::string::npos ? 0 : at + 1);
    if (at == std::string::npos) return {0, 0};
  }
  return {at, at + needle.size()};
}

}  // namespace

TEST_CASE("sample corpus timexes reach F1 >= 0.95 against gold.yaml") {
  const auto dir = evgraph::test::example_corpus();
  const YAML::Node corpus = YAML::LoadFile((dir / "corpus.yaml").string());
  const YAML::Node gold = YAML::LoadFile((dir / "gold.yaml").string());
  int tp = 0, fp = 0, fn = 0;
  for (const auto& doc : corpus["documents"]) {
    const std::string id = doc["id"].as<std::string>();
    const std::string text = evgraph::test::read_file(dir / doc["path"].as<std::string>());
    const auto predicted = evgraph::test::tag("fr", text, doc["published"].as<std::string>());
    std::set<std::size_t> matched;
    std::vector<ByteSpan> optional_spans;
    for (const auto& g : gold["timexes"][id]) {
      const ByteSpan span = byte_span(text, g["text"].as<std::string>(), g["occurrence"] ? g["occurrence"].as<int>() : 1);
      const bool optional = g["optional"] && g["optional"].as<bool>();
      if (optional) optional_spans.push_back(span);
      bool hit = false;
      for (std::size_t k = 0; k < predicted.size() && !hit; ++k) {
        const auto& p = predicted[k];
        if (matched.count(k) || !(p.begin < span.end && span.begin < p.end) || p.value != g["value"].as<std::string>()) continue;
        matched.insert(k);
        hit = true;
      }
      if (hit) ++tp;
      else if (optional) {
        MESSAGE("optional not found " << id << ": '" << g["text"].as<std::string>() << "'");
      } else {
        ++fn;
        MESSAGE("missed " << id << ": '" << g["text"].as<std::string>() << "' -> " << g["value"].as<std::string>());
      }
    }
    for (std::size_t k = 0; k < predicted.size(); ++k) {
      if (matched.count(k)) continue;
      const auto& p = predicted[k];
      bool on_optional = false;
      for (const auto& s : optional_spans) on_optional |= p.begin < s.end && s.begin < p.end;
      if (on_optional) continue;
      ++fp;
      MESSAGE("spurious " << id << ": '" << p.text << "' -> " << p.value << " (" << p.rule << "; " << p.explanation << ")");
    }
  }
  const double precision = tp + fp ? double(tp) / (tp + fp) : 0.0;
  const double recall = tp + fn ? double(tp) / (tp + fn) : 0.0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  MESSAGE("sample corpus timex P=" << precision << " R=" << recall << " F1=" << f1 << " (tp=" << tp << " fp=" << fp << " fn=" << fn << ")");
  CHECK(fn == 0);
  CHECK(f1 >= 0.95);
}
