// Golden files of the sample corpus: the renderings a report or the docs embed, byte for byte.
// Regenerate with scripts/update-golden.sh after an intended change, and review the diff.
#include <doctest/doctest.h>

#include "render/render_checks.hpp"
#include "test_support.hpp"

using namespace evgraph::test;

TEST_CASE("sample corpus: golden timeline (screen and print), graph DOT and SVG") {
  TempDir out;
  const auto build = run_evgraph("build '" + example_corpus().string() + "' -o '" + out.path().string() + "'");
  REQUIRE_MESSAGE(build.status == 0, build.err);
  const auto print = run_evgraph("render timeline '" + (out.path() / "graph.json").string() + "' --print --width-mm 170 -o '" +
                                 (out.path() / "print.svg").string() + "'");
  REQUIRE_MESSAGE(print.status == 0, print.err);
  for (const char* file : {"timeline.svg", "print.svg", "graph.dot", "graph.svg"}) {
    CAPTURE(file);
    const std::string content = read_file(out.path() / file);
    CHECK(golden_mismatch(std::string("sample-") + file, content) == "");
    if (std::string(file).find(".svg") != std::string::npos) {
      std::string errors;
      CHECK_MESSAGE(xmllint_status(content, errors) == 0, errors);
      CHECK(rsvg_status(content) == 0);
    }
  }
}

TEST_CASE("render graph writes DOT, SVG or PNG by option or extension") {
  TempDir out;
  REQUIRE(run_evgraph("build '" + example_corpus().string() + "' -o '" + out.path().string() + "'").status == 0);
  const std::string graph = "'" + (out.path() / "graph.json").string() + "'";
  REQUIRE(run_evgraph("render graph " + graph + " -o '" + (out.path() / "g.png").string() + "'").status == 0);
  CHECK(read_file(out.path() / "g.png").rfind("\x89PNG\r\n", 0) == 0);
  const auto dot = run_evgraph("render graph " + graph + " --format dot");
  REQUIRE(dot.status == 0);
  CHECK(dot.out == read_file(out.path() / "graph.dot"));
  const auto svg = run_evgraph("render graph " + graph + " --max-events 3");
  REQUIRE(svg.status == 0);
  CHECK(svg.out.find("3 événements sur ") != std::string::npos);  // says it shows 3 of the events
}
