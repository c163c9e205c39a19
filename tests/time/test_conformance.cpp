// Runs the French conformance vectors of Duckling and chrono (tests/data/timex-vectors/*.tsv, copied from shared/timex) through the
// tagger. A row agrees when evgraph yields the same day (and time, and range end) as the other
// parser; every other row must be listed with its reason in conformance_divergences.yaml.
// Duckling's interval ends are exclusive, chrono's inclusive; chrono's '~' rows assert only the
// components they write; chrono fills an unknown hour with 12:00. Duckling's open intervals
// (kind open_after / open_before) need evgraph's AFTER / BEFORE mods.
#include <doctest/doctest.h>

#include "test_support.hpp"
#include "time/timex_fixture.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <yaml-cpp/yaml.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace {

using evgraph::Timex;

std::vector<std::vector<std::string>> read_tsv(const std::filesystem::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream fields(line);
    std::string cell;
    while (std::getline(fields, cell, '\t')) cells.push_back(cell);
    cells.resize(8);
    rows.push_back(cells);
  }
  return rows;
}

// The timex of `text` that overlaps `target` (the whole text when empty). evgraph emits a day and
// its time ("le 2 mars à 5h") and the two ends of a range ("du 13 au 15 juillet") as separate
// expressions, as TimeML annotates them; the time carries the day, the first end the whole range.
// So a time comes first, then a range, then the longest.
std::optional<Timex> pick(const std::vector<Timex>& found, const std::string& text, const std::string& target) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  if (!target.empty()) {
    const auto at = text.find(target);
    if (at != std::string::npos) {
      begin = at;
      end = at + target.size();
    }
  }
  const auto rank = [](const Timex& t) {
    const bool range = t.first && t.last && *t.first != *t.last && t.granularity == "day";
    return t.type == evgraph::TimexType::Time ? 2 : range ? 1 : 0;
  };
  std::optional<Timex> best;
  for (const auto& t : found) {
    if (!(t.begin < end && begin < t.end)) continue;
    if (!best || rank(t) > rank(*best) || (rank(t) == rank(*best) && t.end - t.begin > best->end - best->begin)) best = t;
  }
  return best;
}

std::string time_of(const std::string& value) {
  const auto t = value.find('T');
  return t == std::string::npos ? "" : value.substr(t + 1, 5);
}

bool duckling_agrees(const std::vector<std::string>& row, std::string* got) {
  const std::string& text = row[0];
  const auto found = evgraph::test::tag("fr", text, "2013-02-12");
  const auto timex = pick(found, text, "");
  *got = timex ? timex->value + (timex->mod.empty() ? "" : " " + timex->mod) : "(none)";
  if (!timex || !timex->first) return false;
  const std::string& grain = row[2];
  // Open intervals ('après le 1er novembre', 'avant 16h') agree when evgraph gives the same anchor
  // with an AFTER / BEFORE mod (ON_OR_ for 'à partir de', 'jusqu'à'); Duckling's open_before end
  // is the anchor itself. Closed rows must not get such a mod.
  const bool after_mod = timex->mod == "AFTER" || timex->mod == "ON_OR_AFTER";
  const bool before_mod = timex->mod == "BEFORE" || timex->mod == "ON_OR_BEFORE";
  if (row[4] == "open_before") {
    if (!before_mod || row[3].empty() || evgraph::to_iso(*timex->first) != row[3].substr(0, 10)) return false;
    return !(grain == "hour" || grain == "minute") || time_of(timex->value) == row[3].substr(11, 5);
  }
  if (row[4] == "open_after" ? !after_mod : (after_mod || before_mod)) return false;
  const std::string& start = row[1];
  if (start.empty() || evgraph::to_iso(*timex->first) != start.substr(0, 10)) return false;
  if ((grain == "hour" || grain == "minute") && time_of(timex->value) != start.substr(11, 5)) return false;
  if (!row[3].empty() && (grain == "day" || grain == "week" || grain == "month" || grain == "year")) {
    auto end = evgraph::parse_iso_date(row[3].substr(0, 10));
    if (!end || !timex->last || *timex->last != *end - boost::gregorian::days(1)) return false;
  }
  return true;
}

// "~2012-7-12", "~??-??-??T12:??", "2012-08-10T12:00:00": the components written must agree.
bool chrono_value_agrees(std::string expected, const Timex& timex, const std::string& reference_time) {
  const bool partial = !expected.empty() && expected[0] == '~';
  if (partial) expected.erase(0, 1);
  std::string date_part = expected.substr(0, expected.find('T'));
  std::string time_part = expected.find('T') == std::string::npos ? "" : expected.substr(expected.find('T') + 1);
  std::vector<std::string> ymd;
  std::stringstream parts(date_part);
  for (std::string p; std::getline(parts, p, '-');) ymd.push_back(p);
  const std::string first = timex.first ? evgraph::to_iso(*timex.first) : "";
  if (ymd.size() == 3) {
    const int positions[3] = {0, 5, 8};
    const std::size_t widths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
      if (ymd[i].find('?') != std::string::npos) continue;
      if (first.empty()) return false;
      if (std::atoi(first.substr(static_cast<std::size_t>(positions[i]), widths[i]).c_str()) != std::atoi(ymd[i].c_str())) return false;
    }
  }
  // A date-only value against chrono's implied noon, midnight or the reference's own time (evgraph
  // has publication days, not times): the day decides.
  const bool implied = time_part == "12:00:00" || time_part == "00:00:00" || time_part == reference_time;
  if (time_part.empty() || (!partial && implied && time_of(timex.value).empty())) return true;
  const std::string got = time_of(timex.value);
  if (got.empty()) return false;
  const auto colon = time_part.find(':');
  const std::string hour = time_part.substr(0, colon);
  const std::string minute = colon == std::string::npos ? "??" : time_part.substr(colon + 1, 2);
  if (hour.find('?') == std::string::npos && std::atoi(hour.c_str()) != std::atoi(got.substr(0, 2).c_str())) return false;
  if (minute.find('?') == std::string::npos && std::atoi(minute.c_str()) != std::atoi(got.substr(3, 2).c_str())) return false;
  return true;
}

bool chrono_agrees(const std::vector<std::string>& row, std::string* got) {
  const std::string& text = row[0];
  const std::string reference = row[1].size() >= 10 && row[1][0] != '(' ? row[1].substr(0, 10) : "2025-01-01";
  const auto found = evgraph::test::tag("fr", text, reference);
  if (row[5] == "negative") {
    *got = found.empty() ? "(none)" : found.front().text + " -> " + found.front().value;
    return found.empty();
  }
  const auto timex = pick(found, text, row[3]);
  *got = timex ? timex->value : "(none)";
  if (!timex) return false;
  const std::string reference_time = row[1].size() > 11 ? row[1].substr(11) : "";
  if (!row[2].empty() && !chrono_value_agrees(row[2], *timex, reference_time)) return false;
  if (!row[4].empty()) {
    Timex end = *timex;
    end.first = timex->last;
    end.value = "";
    if (!chrono_value_agrees(row[4].substr(0, row[4].find('T')), end, reference_time)) return false;
  }
  return true;
}

void run_suite(const std::string& name, const std::filesystem::path& file, const YAML::Node& divergences,
               bool (*agrees)(const std::vector<std::string>&, std::string*)) {
  const auto rows = read_tsv(file);
  int agree = 0, explained = 0, unexplained = 0;
  const bool dump = std::getenv("EVGRAPH_CONFORMANCE_DUMP") != nullptr;
  for (const auto& row : rows) {
    std::string got;
    if (agrees(row, &got)) {
      ++agree;
      if (divergences[row[0]]) MESSAGE(name << ": '" << row[0] << "' now agrees; remove it from the divergence list");
      continue;
    }
    if (divergences[row[0]]) {
      ++explained;
      continue;
    }
    ++unexplained;
    if (dump) std::cout << name << "\t" << row[0] << "\t" << got << "\t" << row[1] << "\t" << row[2] << "\t" << row[3] << "\n";
    else FAIL_CHECK(name << ": unexplained disagreement on '" << row[0] << "': evgraph says " << got);
  }
  const double covered = rows.empty() ? 0.0 : double(agree + explained) / double(rows.size());
  MESSAGE(name << ": " << agree << " agree, " << explained << " explained, " << unexplained << " unexplained, of "
               << rows.size() << " rows (" << 100.0 * agree / double(rows.size()) << "% agree)");
  CHECK(covered >= 0.9);
  CHECK(unexplained == 0);
}

}  // namespace

TEST_CASE("conformance with the Duckling and chrono French test suites") {
  const std::filesystem::path dir = evgraph::test::source_dir() / "tests" / "data" / "timex-vectors";
  REQUIRE(std::filesystem::exists(dir / "duckling_fr.tsv"));
  REQUIRE(std::filesystem::exists(dir / "chrono_fr.tsv"));
  const YAML::Node divergences =
      YAML::LoadFile((evgraph::test::source_dir() / "tests" / "time" / "conformance_divergences.yaml").string());
  run_suite("duckling_fr", dir / "duckling_fr.tsv", divergences["duckling_fr"], duckling_agrees);
  run_suite("chrono_fr", dir / "chrono_fr.tsv", divergences["chrono_fr"], chrono_agrees);
}
