#include <doctest/doctest.h>

#include <evgraph/language.hpp>
#include <evgraph/morphology.hpp>

#include "test_support.hpp"

using namespace evgraph;

namespace {

bool has(const VerbForms& verbs, std::string_view form, std::string_view lemma, std::uint32_t tags) {
  for (const VerbAnalysis& analysis : verbs.analyse(form))
    if (analysis.lemma == lemma && (analysis.tags & tags) == tags) return true;
  return false;
}

}  // namespace

TEST_CASE("verb forms of the packs: lemma and tense of inflected forms, looked up folded") {
  const VerbForms& fr = test::resources().language("fr").verbs();
  CHECK(has(fr, "fera", "faire", verb::kFuture | verb::k3sg));
  CHECK(has(fr, "tiendra", "tenir", verb::kFuture));
  CHECK(has(fr, "aura", "avoir", verb::kFuture));
  CHECK(has(fr, "avaient", "avoir", verb::kImperfect | verb::k3pl));
  CHECK(has(fr, "promis", "promettre", verb::kPastParticiple));
  CHECK(has(fr, "confirmee", "confirmer", verb::kPastParticiple));  // folded: no accent
  CHECK(has(fr, "demissionner", "démissionner", verb::kInfinitive));
  CHECK(fr.analyse("maison").empty());
  const auto forms = fr.forms_of({"rencontrer"});
  CHECK(forms.size() > 20);
  for (const VerbFormEntry& form : forms) CHECK(form.lemma == "rencontrer");
  const VerbForms& en = test::resources().language("en").verbs();
  CHECK(has(en, "met", "meet", verb::kPast));
  CHECK(has(en, "held", "hold", verb::kPastParticiple));
  CHECK(has(en, "will", "will", verb::kModal));
  CHECK(verb::tag_of("ppast") == verb::kPastParticiple);
  CHECK(verb::tag_of("nonsense") == 0);
  VerbForms empty("");
  CHECK(empty.analyse("fera").empty());
}
