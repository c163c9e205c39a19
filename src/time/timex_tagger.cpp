// TimexTagger: runs the scanner over folded text, resolves each accepted match, then joins a day
// and the time that follows it ("le 2 mars à 5h") and maps spans back to the original bytes.
#include <evgraph/timex.hpp>

#include "time/pattern_compiler.hpp"
#include "time/resolver.hpp"
#include "time/rule_pack.hpp"
#include "time/scanner.hpp"
#include "time/tense.hpp"

#include <evgraph/error.hpp>
#include <evgraph/morphology.hpp>
#include <evgraph/text.hpp>

#include <algorithm>
#include <array>

namespace evgraph {

const char* to_string(TimexType type) {
  switch (type) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

struct TimexTagger::Impl {
  // A tagger built on its own owns its verb table; one built by a LanguagePack shares the pack's.
  std::string own_verb_table;
  std::unique_ptr<VerbForms> own_verbs;
  detail::RulePack pack;
  detail::Vocabulary vocabulary;
  std::vector<detail::CompiledPattern> patterns;
  detail::Scanner scanner;
  detail::TenseFinder tense;
  std::unique_ptr<RE2> joiner;            // a day, then its time
  std::unique_ptr<RE2> time_date_joiner;  // a time, then its day
  std::unique_ptr<RE2> time_time_joiner;  // two times of one range
  std::array<bool, 256> breaks{};  // the pack's clause_breaks as a lookup table
  // Open-interval words: one program matching them at the end of the preceding text (with a
  // group giving where they start) and one at the start of the match.
  struct OpenIntervalProgram {
    std::string mod;
    std::unique_ptr<RE2> before;
    std::unique_ptr<RE2> inside;
    std::unique_ptr<RE2> not_after;  // anchored at the end of the date; may be null
    bool accented_word = false;
  };
  std::vector<OpenIntervalProgram> open_intervals;
  // Every program's words at once: most dates have none, and one search tells.
  std::unique_ptr<RE2> any_open_before;
  std::unique_ptr<RE2> any_open_inside;

  Impl(detail::RulePack loaded, std::string verb_table, const VerbForms* verbs)
      : own_verb_table(std::move(verb_table)),
        own_verbs(verbs ? nullptr : std::make_unique<VerbForms>(own_verb_table)),
        pack(std::move(loaded)),
        vocabulary(pack),
        patterns(detail::compile_patterns(pack)),
        scanner(patterns),
        tense(pack, verbs ? verbs : own_verbs.get()) {
    for (char c : pack.clause_breaks) breaks[static_cast<unsigned char>(c)] = true;
    const auto compile = [&](const std::string& source, const char* key) -> std::unique_ptr<RE2> {
      if (source.empty()) return nullptr;
      auto re = std::make_unique<RE2>(source, detail::timex_re2_options(false));
      if (!re->ok()) throw ConfigError(SourceLocation{pack.file}, std::string(key) + ": " + re->error());
      return re;
    };
    joiner = compile(pack.date_time_joiner, "date_time_joiner");
    time_date_joiner = compile(pack.time_date_joiner, "time_date_joiner");
    time_time_joiner = compile(pack.time_time_joiner, "time_time_joiner");
    for (const auto& spec : pack.open_intervals) {
      OpenIntervalProgram program;
      program.mod = spec.mod;
      program.accented_word = spec.accented_word;
      program.before = std::make_unique<RE2>("(" + spec.regex + ")$", detail::timex_re2_options(false));
      program.inside = std::make_unique<RE2>("^(?:" + spec.regex + ")", detail::timex_re2_options(false));
      if (!spec.not_after.empty())
        program.not_after = std::make_unique<RE2>("^(?:" + spec.not_after + ")", detail::timex_re2_options(false));
      for (const RE2* re : {program.before.get(), program.inside.get(), program.not_after.get()})
        if (re && !re->ok())
          throw ConfigError(SourceLocation{pack.file, spec.line, spec.column}, "open_intervals: " + re->error());
      open_intervals.push_back(std::move(program));
    }
    if (!pack.open_intervals.empty()) {
      std::string before, inside;
      for (const auto& spec : pack.open_intervals) {
        before += (before.empty() ? "" : "|") + ("(?:" + spec.regex + ")");
        inside += (inside.empty() ? "" : "|") + ("(?:" + spec.regex + ")");
      }
      any_open_before = std::make_unique<RE2>("(?:" + before + ")$", detail::timex_re2_options(false));
      any_open_inside = std::make_unique<RE2>("^(?:" + inside + ")", detail::timex_re2_options(false));
    }
  }

  // "avant le 15 mars", "à partir de 16h", "until June 10": the mod of an open interval, the
  // words taken into the span when they precede it. Ranges and values with a mod keep theirs.
  void mark_open_interval(const FoldedText& text, std::string_view original, detail::Resolved& r,
                          std::size_t floor) const {
    const std::string_view folded = text.text;
    if (open_intervals.empty() || !r.mod.empty() || r.first || r.value.empty() || r.value[0] < '0' ||
        r.value[0] > '9' || (r.type != TimexType::Date && r.type != TimexType::Time))
      return;
    const re2::StringPiece whole(folded.data(), folded.size());
    const std::size_t from = r.begin > 48 ? r.begin - 48 : 0;
    const re2::StringPiece before = whole.substr(from, r.begin - from);
    const re2::StringPiece inside = whole.substr(r.begin, r.end - r.begin);
    const re2::StringPiece after = whole.substr(r.end, 48);
    if (!RE2::PartialMatch(before, *any_open_before) && !RE2::PartialMatch(inside, *any_open_inside)) return;
    for (const auto& program : open_intervals) {
      if (program.not_after && RE2::PartialMatch(after, *program.not_after)) continue;
      re2::StringPiece words;
      std::size_t begin = r.begin;
      if (RE2::PartialMatch(before, *program.before, &words)) {
        begin = static_cast<std::size_t>(words.data() - folded.data());
        if (begin < floor) continue;  // the words belong to the previous timex ("the day after")
      } else if (!RE2::PartialMatch(inside, *program.inside)) {
        continue;
      }
      if (program.accented_word) {  // "dès" folds to the article "des": look at the original spelling
        std::size_t word_end = folded.find(' ', begin);
        if (word_end == std::string_view::npos || word_end > r.end) word_end = r.end;
        const std::size_t from_byte = begin < text.origin.size() ? text.origin[begin] : original.size();
        const std::size_t to_byte = word_end < text.origin.size() ? text.origin[word_end] : original.size();
        bool accented = false;
        for (std::size_t i = from_byte; i < to_byte && i < original.size(); ++i)
          accented = accented || static_cast<unsigned char>(original[i]) >= 0x80;
        if (!accented) continue;
      }
      r.begin = begin;
      r.mod = program.mod;
      r.explanation += "; open interval: " + program.mod;
      return;
    }
  }

  // Whether folded [from, to) holds no clause break. Farther apart than a clause reaches (the
  // tense window), two words are not in one clause anyway: the check stays bounded.
  bool in_one_clause(std::string_view folded, std::size_t from, std::size_t to) const {
    if (to > from + 300) return false;
    for (std::size_t i = from; i < to; ++i)
      if (breaks[static_cast<unsigned char>(folded[i])]) return false;
    return true;
  }

  // Whether a comma and no sentence end lie between two expressions ("a frappé samedi …, a
  // annoncé dimanche la préfecture").
  bool after_comma_in_sentence(std::string_view folded, std::size_t from, std::size_t to) const {
    if (to > from + 400) return false;
    bool comma = false;
    for (std::size_t i = from; i < to; ++i) {
      if (folded[i] == '.' || folded[i] == '!' || folded[i] == '?' || folded[i] == '\n') return false;
      comma = comma || folded[i] == ',';
    }
    return comma;
  }

  // Whether only a coordinator ("et", "and", "ou") and spaces or a comma stand between two
  // expressions: "mardi soir et mercredi", "Monday, Tuesday and Wednesday".
  bool coordinated(std::string_view folded, std::size_t from, std::size_t to) const {
    if (to <= from || to > from + 12) return false;
    std::string_view gap = folded.substr(from, to - from);
    std::string word;
    for (char c : gap) {
      if (c == ' ' || c == ',') continue;
      word += c;
    }
    if (word.empty()) return gap.find(',') != std::string_view::npos;
    const auto& coordinators = pack.clause_break_words;
    return std::find(coordinators.begin(), coordinators.end(), word) != coordinators.end() &&
           gap.find(' ' + word + ' ') != std::string_view::npos;
  }

  bool is_dateline(std::string_view folded, std::size_t begin) const {
    if (pack.dateline_prefix.empty()) return false;
    std::size_t i = 0;
    while (i < begin && (folded[i] == ' ' || folded[i] == '\n')) ++i;
    if (folded.compare(i, pack.dateline_prefix.size(), pack.dateline_prefix) != 0) return false;
    i += pack.dateline_prefix.size();
    if (i == begin) return false;
    while (i < begin && folded[i] == ' ') ++i;
    return i == begin;
  }

  // A wire dateline ("NARBONNE, 23 juillet 2025 (AFP) -") or the "date YYYY-MM-DD" line: a new
  // story starts, the narrative days reset.
  bool opens_story(const FoldedText& text, std::string_view original, std::size_t begin, std::size_t end) const {
    const std::string_view folded = text.text;
    if (is_dateline(folded, begin)) return true;
    // A dateline opens its line: look back a short way only.
    std::size_t line = begin;
    while (line > 0 && folded[line - 1] != '\n') {
      if (begin - line > 80) return false;
      --line;
    }
    // The place in capitals and a comma, then the date, then the agency or a dash.
    const std::size_t from = text.origin[line], to = text.origin[begin];
    bool capitals = false;
    for (std::size_t i = from; i < to; ++i) {
      const auto c = static_cast<unsigned char>(original[i]);
      if (c >= 'a' && c <= 'z') return false;
      capitals = capitals || (c >= 'A' && c <= 'Z');
    }
    if (!capitals || folded.substr(line, begin - line).find(',') == std::string_view::npos) return false;
    const std::string_view after = folded.substr(end, 8);
    return after.find('(') != std::string_view::npos || after.find('-') != std::string_view::npos;
  }

  bool gap_matches(std::string_view folded, std::size_t from, std::size_t to, const RE2* regex) const {
    if (!regex || to < from) return false;
    const auto gap = folded.substr(from, to - from);
    return RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), *regex);
  }

  // Times of day written without a day take the day written beside them: before them ("lundi
  // vers 22 h 10", "hier à 9 h 20", "le même jour, vers 16 h") or after them ("vers 16 h mardi",
  // "entre 1 h et 5 h jeudi"). Each stays its own expression, as TimeML annotates them.
  void link_times(std::string_view folded, std::vector<detail::Resolved>& found) const {
    const auto day_of = [](const detail::Resolved& r) -> std::optional<Date> {
      if (r.bare_time || r.value.size() < 10 || !r.mod.empty()) return std::nullopt;
      return parse_iso_date(std::string_view(r.value).substr(0, 10));
    };
    const auto set_day = [](detail::Resolved& time, Date day, std::string_view words) {
      time.value = to_iso(day) + time.value.substr(10);
      time.anchor = detail::anchor::kDay;
      time.bare_time = false;
      time.explanation += "; the day written beside it, '" + std::string(words) + "'";
    };
    for (std::size_t i = found.size(); i-- > 0;) {
      detail::Resolved& time = found[i];
      if (!time.bare_time || time.type != TimexType::Time) continue;
      if (i > 0) {
        const detail::Resolved& day = found[i - 1];
        if (auto date = day_of(day); date && gap_matches(folded, day.end, time.begin, joiner.get())) {
          set_day(time, *date, folded.substr(day.begin, day.end - day.begin));
          continue;
        }
      }
      if (i + 1 < found.size()) {
        const detail::Resolved& next = found[i + 1];
        const auto date = day_of(next);
        const RE2* gap = next.type == TimexType::Time && next.anchor == std::string(detail::anchor::kDay)
                             ? time_time_joiner.get()
                             : time_date_joiner.get();
        if (date && gap_matches(folded, time.end, next.begin, gap))
          set_day(time, *date, folded.substr(next.begin, next.end - next.begin));
      }
    }
  }
};

namespace {

// "Ouaga 2000", "Vision 2030", "Euro 2024": right after a capitalised word inside a sentence, a
// number is part of a name. The folded text has no capitals: the original says.
bool follows_name(const FoldedText& folded, std::string_view original, std::size_t folded_begin) {
  const std::size_t at = folded.original_begin(folded_begin);
  if (at < 2 || original[at - 1] != ' ') return false;
  std::size_t start = at - 1;
  while (start > 0 && original[start - 1] != ' ' && original[start - 1] != '\n') --start;
  if (start == at - 1) return false;
  if (!capital_at(original, start)) return false;
  // A capital after the end of a sentence or at a line's start says nothing.
  std::size_t before = start;
  while (before > 0 && original[before - 1] == ' ') --before;
  if (before == 0 || original[before - 1] == '\n') return false;
  const char mark = original[before - 1];
  if (mark == '.' || mark == '!' || mark == '?' || mark == ':' || mark == '"' || mark == '(' || mark == '-') return false;
  // "de Ouaga 2000", "le plan Vision 2030": a word in lower case comes before the name. A run of
  // capitalised words ("Description Contexte 2025") is more likely a table's flattened cells.
  std::size_t previous = before;
  while (previous > 0 && original[previous - 1] != ' ' && original[previous - 1] != '\n') --previous;
  const unsigned char initial = static_cast<unsigned char>(original[previous]);
  return initial >= 'a' && initial <= 'z';
}

std::string verb_table_of(const DataStore& data, const std::string& lang) {
  const std::string file = "data/lang/" + lang + "/verb-forms.tsv";
  return data.exists(file) ? data.read(file) : std::string();
}

}  // namespace

TimexTagger::TimexTagger(const DataStore& data, const std::string& lang, const CalendarNames& calendar,
                         const VerbForms* verbs)
    : m_impl(std::make_unique<Impl>(detail::load_rule_pack(data, lang, calendar), std::string(), verbs)) {}
TimexTagger::TimexTagger(const DataStore& data, const std::string& lang)
    : m_impl(std::make_unique<Impl>(detail::load_rule_pack(data, lang, load_calendar_names(data, lang)),
                                    verb_table_of(data, lang), nullptr)) {}
TimexTagger::~TimexTagger() = default;
TimexTagger::TimexTagger(TimexTagger&&) noexcept = default;
TimexTagger& TimexTagger::operator=(TimexTagger&&) noexcept = default;

const std::string& TimexTagger::lang() const { return m_impl->pack.lang; }

std::vector<Timex> TimexTagger::tag(std::string_view original, Date reference) const {
  const FoldedText folded = fold_text(original);
  return tag(folded, original, reference);
}

std::vector<Timex> TimexTagger::tag(const FoldedText& folded, std::string_view original, Date reference) const {
  const Impl& impl = *m_impl;
  const std::string_view text = folded.text;
  std::vector<detail::Resolved> found;
  std::vector<const std::string*> rules;  // the pattern of each found timex
  detail::NarrativeDays narrative;
  std::optional<Date> last_day;  // for the day of a clause
  std::size_t last_day_end = 0;

  impl.scanner.scan(text, [&](int index, std::size_t begin, std::size_t end) {
    const detail::CompiledPattern& pattern = impl.patterns[static_cast<std::size_t>(index)];
    const re2::StringPiece whole(text.data(), text.size());
    if (pattern.not_before || pattern.requires_before) {
      const std::size_t from = begin > 48 ? begin - 48 : 0;
      const re2::StringPiece before = whole.substr(from, begin - from);
      if (pattern.not_before && RE2::PartialMatch(before, *pattern.not_before)) return false;
      if (pattern.requires_before && !RE2::PartialMatch(before, *pattern.requires_before)) return false;
    }
    if (pattern.requires_after && !RE2::PartialMatch(whole.substr(end, 48), *pattern.requires_after)) return false;
    if (pattern.not_after && RE2::PartialMatch(whole.substr(end, 48), *pattern.not_after)) return false;
    if (pattern.not_after_name && follows_name(folded, original, begin)) return false;
    detail::PatternMatch match;
    match.pattern = &pattern;
    match.folded = text;
    match.begin = begin;
    match.end = end;
    const int groups = static_cast<int>(pattern.group_names.size()) + 1;
    if (groups > detail::kMaxGroups ||
        !pattern.regex().Match(whole, begin, end, RE2::ANCHOR_BOTH, match.groups.data(), groups))
      return false;
    std::optional<Date> clause_day, coordinated_day;
    if (last_day && impl.in_one_clause(text, last_day_end, begin)) clause_day = last_day;
    if (last_day && impl.coordinated(text, last_day_end, begin)) coordinated_day = last_day;
    const detail::ResolveContext context{reference, impl.vocabulary, impl.tense, narrative,
                                         clause_day, coordinated_day, folded.origin.data(), original};
    std::vector<detail::Resolved> resolved;
    if (!detail::resolve(match, context, &resolved)) return false;
    // An "ignore" pattern (a name or an age: "la place du 14-Juillet", "Jean Dupont, 72 ans")
    // takes its words and yields nothing.
    for (auto& r : resolved) {
      if (!r.range_part) impl.mark_open_interval(folded, original, r, found.empty() ? 0 : found.back().end);
      const bool day_precise = (r.type == TimexType::Date || r.type == TimexType::Time) && !r.bare_time &&
                               r.value.size() >= 10 && (r.mod.empty() || r.mod == "APPROX");
      if (r.type == TimexType::Date && r.value.size() >= 4 && r.mod.empty() &&
          std::all_of(r.value.begin(), r.value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
          !impl.is_dateline(text, r.begin)) {
        narrative.last_year = std::stoi(r.value.substr(0, 4));
        narrative.last_year_text.assign(text.substr(r.begin, r.end - r.begin));
        if (const auto interval = interval_of(r.value)) {
          narrative.last_date_end = interval->last;
          narrative.last_date_text = narrative.last_year_text;
          narrative.last_date_coarse = !day_precise;
        }
      }
      if (day_precise) {
        if (auto day = parse_iso_date(std::string_view(r.value).substr(0, 10))) {
          const bool dated_sentence = last_day && impl.after_comma_in_sentence(text, last_day_end, r.begin);
          last_day = day;
          last_day_end = r.end;
          if (impl.opens_story(folded, original, r.begin, r.end)) narrative = detail::NarrativeDays{};
          // An anaphor moves the narrative on ("le lendemain", "three days later") but a flashback
          // ("la veille", "the day before") leaves it where it was.
          const bool flashback = r.anchor == std::string_view(detail::anchor::kNarrative) && narrative.last &&
                                 *day <= *narrative.last;
          if (!impl.is_dateline(text, r.begin) && !flashback) {
            const detail::TenseCueHit hit = impl.tense.find(text, r.begin, r.end, folded.origin.data(), original);
            // A report's day after a sentence that dated what it tells is off the story's line,
            // as a step back is.
            narrative.add(*day, reference, text.substr(r.begin, r.end - r.begin), hit.pluperfect,
                          hit.reporting && dated_sentence);
          }
        }
      }
      found.push_back(std::move(r));
      rules.push_back(&pattern.name);
    }
    return true;
  });
  impl.link_times(text, found);

  std::vector<Timex> out;
  out.reserve(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    detail::Resolved& r = found[i];
    Timex timex;
    timex.begin = folded.original_begin(r.begin);
    timex.end = folded.original_end(r.end);
    timex.text = std::string(original.substr(timex.begin, timex.end - timex.begin));
    timex.type = r.type;
    timex.value = std::move(r.value);
    timex.mod = std::move(r.mod);
    timex.rule = *rules[i];
    timex.explanation = std::move(r.explanation);
    timex.anchor = r.anchor;
    timex.granularity = "unknown";
    if (auto interval = interval_of(timex.value)) {
      const DateInterval narrowed = apply_mod(*interval, timex.mod);
      timex.first = narrowed.first;
      timex.last = narrowed.last;
      timex.granularity = interval->granularity;
    }
    if (r.first && r.last) {
      timex.first = r.first;
      timex.last = r.last;
    }
    if (timex.type == TimexType::Time) timex.granularity = "time";
    if (timex.type == TimexType::Duration || timex.type == TimexType::Set) timex.granularity = "unknown";
    timex.from_dateline = timex.granularity == "day" && impl.is_dateline(text, r.begin);
    out.push_back(std::move(timex));
  }
  return out;
}

}  // namespace evgraph
