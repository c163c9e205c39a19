#include <evgraph/error.hpp>
#include <evgraph/lexicon.hpp>
#include <evgraph/schema.hpp>

#include "lexicon/slug.hpp"
#include "lexicon/token_trie.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace evgraph {
namespace {

// How a form's case must appear in a text, token by token.
enum class CaseRule : unsigned char { Any, Capital, Upper };

struct Form {
  int entry = -1;
  std::vector<CaseRule> tokens;
};


std::vector<CaseRule> case_rules(std::string_view form) {
  std::vector<CaseRule> rules;
  const auto tokens = detail::tokenize(form);
  for (const auto& token : tokens) {
    std::size_t letters = 0, upper = 0;
    for (std::size_t i = token.begin; i < token.end; ++i) {
      const auto c = static_cast<unsigned char>(form[i]);
      if (std::isalpha(c)) ++letters;
      if (c >= 'A' && c <= 'Z') ++upper;
    }
    if (letters >= 2 && upper == letters) rules.push_back(CaseRule::Upper);
    else if (capital_at(form, token.begin)) rules.push_back(CaseRule::Capital);
    else rules.push_back(CaseRule::Any);
  }
  return rules;
}

}  // namespace

const char* to_string(EntityClass cls) {
  switch (cls) {
    case EntityClass::Actor: return "actor";
    case EntityClass::Place: return "place";
    case EntityClass::Proposal: return "proposal";
  }
  return "actor";
}

struct Lexicon::Impl {
  std::vector<LexiconEntry> entries;
  std::unordered_map<std::string, int> by_id;
  std::vector<Form> forms;
  detail::TokenTrie trie;
  std::map<std::string, std::string> pinned_dates;
  std::map<std::string, std::string> pinned_titles;
  std::vector<LexiconEntry> pending;
  std::vector<std::pair<std::string, int>> state_names;  // folded, with their entry

  std::string lang;

  void add_file(const YAML::Node& root, const std::string& file, const DataStore& data, bool is_config) {
    validate_against_schema(root, file, "lexicon.schema.json", data, is_config);
    static const std::pair<const char*, EntityClass> sections[] = {
        {"actors", EntityClass::Actor}, {"places", EntityClass::Place}, {"proposals", EntityClass::Proposal}};
    for (const auto& [section, cls] : sections) {
      if (!root[section]) continue;
      for (const auto& item : root[section]) add_entry(item, cls);
    }
    if (root["dates"]) {
      try {
        check_pinned_dates(root, file);
      } catch (const InputError& e) {
        if (is_config) throw ConfigError(e.location(), e.message());
        throw;
      }
      for (const auto& pin : root["dates"])
        pinned_dates[pin["event"].as<std::string>()] = pin["value"].as<std::string>();
    }
    if (root["titles"]) {
      for (const auto& pin : root["titles"])
        pinned_titles[pin["event"].as<std::string>()] = pin["title"].as<std::string>();
    }
  }

  void add_entry(const YAML::Node& item, EntityClass cls) {
    Entity entity;
    if (item["name"]) entity.name = item["name"].as<std::string>();
    const std::string slug = item["id"] ? item["id"].as<std::string>() : detail::slugify(entity.name);
    entity.id = std::string(to_string(cls)) + ":" + slug;
    if (item["kind"]) entity.kind = item["kind"].as<std::string>();
    if (item["aliases"])
      for (const auto& alias : item["aliases"]) entity.aliases.push_back(alias.as<std::string>());
    if (item["names"]) {
      for (const auto& name : item["names"]) {
        entity.aliases.push_back(name.second.as<std::string>());
        if (name.first.as<std::string>() == lang) entity.name = name.second.as<std::string>();
      }
    }
    merge(cls, std::move(entity));
  }

  void merge(EntityClass cls, Entity entity) {
    auto found = by_id.find(entity.id);
    if (found == by_id.end()) {
      // Aliases for an entry another file defines: applied once every file is read.
      if (entity.name.empty()) {
        pending.push_back({cls, std::move(entity)});
        return;
      }
      by_id.emplace(entity.id, static_cast<int>(entries.size()));
      entries.push_back({cls, std::move(entity)});
      return;
    }
    // A later file refines an entry: its name and kind win, aliases add up.
    Entity& existing = entries[found->second].entity;
    if (!entity.name.empty()) {
      existing.aliases.push_back(existing.name);
      existing.name = entity.name;
    }
    if (!entity.kind.empty()) existing.kind = entity.kind;
    existing.aliases.insert(existing.aliases.end(), entity.aliases.begin(), entity.aliases.end());
  }

  void compile() {
    for (auto& alias_only : pending)
      if (by_id.count(alias_only.entity.id)) merge(alias_only.cls, std::move(alias_only.entity));
    pending.clear();
    for (std::size_t e = 0; e < entries.size(); ++e) {
      Entity& entity = entries[e].entity;
      // Sorted then made unique: an entry with tens of thousands of aliases stays n log n.
      std::vector<std::string>& aliases = entity.aliases;
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      aliases.erase(std::remove(aliases.begin(), aliases.end(), entity.name), aliases.end());
      add_form(entity.name, static_cast<int>(e));
      for (const auto& alias : entity.aliases) add_form(alias, static_cast<int>(e));
      if (entity.kind != "state") continue;
      state_names.emplace_back(fold(entity.name), static_cast<int>(e));
      for (const auto& alias : entity.aliases) state_names.emplace_back(fold(alias), static_cast<int>(e));
    }
  }

  void add_form(const std::string& form, int entry) {
    forms.push_back({entry, case_rules(form)});
    trie.insert(fold(form), static_cast<int>(forms.size() - 1));
  }

  bool case_fits(const Form& form, const std::vector<detail::Token>& tokens, std::size_t first,
                 const FoldedText& folded, std::string_view original) const {
    for (std::size_t k = 0; k < form.tokens.size(); ++k) {
      const auto& token = tokens[first + k];
      const std::size_t at = folded.origin[token.begin];
      if (form.tokens[k] == CaseRule::Capital && !capital_at(original, at)) return false;
      if (form.tokens[k] == CaseRule::Upper) {
        for (std::size_t i = token.begin; i < token.end; ++i) {
          const std::size_t o = folded.origin[i];
          if (std::isalpha(static_cast<unsigned char>(original[o])) && !capital_at(original, o)) return false;
        }
      }
    }
    return true;
  }
};

Lexicon::Lexicon(const DataStore& data, const std::vector<LexiconSource>& user_files, const std::string& lang)
    : m_impl(std::make_unique<Impl>()) {
  m_impl->lang = lang;
  for (const auto& relative : data.list("data/lexicon/")) {
    if (relative.size() < 5 || relative.compare(relative.size() - 5, 5, ".yaml") != 0) continue;
    m_impl->add_file(data.load_yaml(relative), data.display_name(relative), data, true);
  }
  for (const auto& source : user_files)
    m_impl->add_file(parse_yaml(source.text, source.file), source.file, data, false);
  m_impl->compile();
}

Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

std::vector<Mention> Lexicon::find(const FoldedText& folded, std::string_view original) const {
  std::vector<Mention> out;
  detail::WordScratch scratch;
  const detail::Words words = detail::words_of(folded, scratch);
  const auto& tokens = words.spans;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const auto candidates = m_impl->trie.matches_at(words, i, true);
    std::size_t consumed = 0;
    int best_form = -1;
    for (auto it = candidates.rbegin(); it != candidates.rend() && best_form < 0; ++it) {
      for (int form : *it->values) {
        if (m_impl->case_fits(m_impl->forms[form], tokens, i, folded, original)) {
          best_form = form;
          consumed = it->token_count;
          break;
        }
      }
    }
    // "Météo-France", "Île-de-France", "Saint-Jean-du-Gard": a form glued by a hyphen to a word
    // no form matched is the end of a longer name ("UE-Chine" names two, both matched).
    // The word before must read as part of a name: capitalised, or a particle ("de", "sur").
    constexpr std::size_t kParticleBytes = 3;
    auto glued = [&] {
      return i > 0 && folded.text.compare(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end, "-") == 0 &&
             (out.empty() || out.back().end < folded.original_end(tokens[i - 1].end)) &&
             (capital_at(original, folded.origin[tokens[i - 1].begin]) ||
              tokens[i - 1].end - tokens[i - 1].begin <= kParticleBytes);
    };
    if (best_form < 0 || glued()) {
      ++i;
      continue;
    }
    const int entry = m_impl->forms[best_form].entry;
    Mention mention;
    mention.begin = folded.origin[tokens[i].begin];
    mention.end = folded.original_end(tokens[i + consumed - 1].end);
    mention.entry = entry;
    mention.cls = m_impl->entries[entry].cls;
    mention.entity_id = m_impl->entries[entry].entity.id;
    mention.text.assign(original.substr(mention.begin, mention.end - mention.begin));
    out.push_back(std::move(mention));
    i += consumed;
  }
  return out;
}

const std::vector<LexiconEntry>& Lexicon::entries() const { return m_impl->entries; }

const std::vector<std::pair<std::string, int>>& Lexicon::folded_state_names() const { return m_impl->state_names; }

const LexiconEntry* Lexicon::find_entry(const std::string& id) const {
  auto it = m_impl->by_id.find(id);
  return it == m_impl->by_id.end() ? nullptr : &m_impl->entries[it->second];
}

const std::map<std::string, std::string>& Lexicon::pinned_dates() const { return m_impl->pinned_dates; }
const std::map<std::string, std::string>& Lexicon::pinned_titles() const { return m_impl->pinned_titles; }

}  // namespace evgraph
