// The actors a document has named so far, most recent last: what "il", "they", "le ministre" or
// "the club" refer to.
#pragma once

#include "extract/document_context.hpp"
#include "extract/words.hpp"

#include <evgraph/grammar.hpp>
#include <evgraph/lexicon.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace evgraph::detail {

class Salience {
 public:
  // The document's entity kinds (person, state, organisation...) say what a pronoun may stand
  // for; its names, what a description announces.
  explicit Salience(const DocumentContext& document);

  // The actor a pronoun refers to, before word `before` of the sentence being read.
  // `excluded`: a mention of the sentence it cannot be (the noun a relative clause describes:
  // in "Klingbeil, qu'il doit rencontrer", "il" is not Klingbeil).
  // `latest`: the last one named ("ce dernier"), even when the clause before had another subject.
  std::optional<std::string> resolve(PronounReference reference, const Sentence& sentence, std::size_t before,
                                     int excluded = -1, bool latest = false) const;
  // The person a definite description stands for ("le ministre", "the prime minister"): the most
  // recent one named with every word of it in their title ("le ministre de l'Intérieur, Laurent
  // Mercier" for "le ministre", not for "le Premier ministre"). `words`: folded, without article.
  std::optional<std::string> resolve_description(const std::vector<std::string_view>& words) const;

  // The organisation a description stands for ("l'entreprise", "the lender"): the most recent one
  // other than `other_than` (the body it owns in "the company's board").
  std::optional<std::string> resolve_organisation(const std::string& other_than = {}) const;
  // The body a short form stands for ("the commission" after "Ireland's Data Protection
  // Commission", "le tribunal" after "le tribunal correctionnel de Lille"): the most recent actor,
  // other than a person, whose name holds every one of `words` (folded, without article).
  std::optional<std::string> resolve_short_form(const std::vector<std::string_view>& words) const;

  // "A federal judge ruled on Thursday ... U.S. District Judge Leonie Brinkema found": the person
  // the next sentences name with `title` ("judge"), from byte `from` on, when a lede describes
  // them before naming them.
  std::optional<std::string> named_after(std::size_t from, std::string_view title) const;
  // "was fined by the country's competition regulator ... The National Markets and Competition
  // Commission (CNMC) found": the first organisation the next sentence or so names, from byte
  // `from`, when its name holds one of `words` (folded, four letters or more).
  std::optional<std::string> organisation_named_after(std::size_t from, const std::vector<std::string_view>& words) const;

  // "Les quatre syndicats ... ont rejeté" where the article lists "la CGT-Cheminots, SUD-Rail,
  // l'Unsa-Ferroviaire et la CFDT-Cheminots": the actors of the last list of exactly `count`
  // names the document writes before byte `at` (the first after it when none comes before),
  // joined by commas and the words `joint` accepts (coordinators, articles). Empty when it writes none.
  std::vector<std::string> listed_together(std::size_t count, std::size_t at,
                                           const std::function<bool(std::string_view)>& joint) const;
  // "Les principaux syndicats ont annoncé": the actors of the list of two names or more nearest
  // byte `at` (before or after it, within a few sentences), joined as listed_together joins them.
  std::vector<std::string> listed_near(std::size_t at, const std::function<bool(std::string_view)>& joint) const;

  // The actor the document has named most often so far (the first of them on a tie), countries
  // aside: who "the trial" or "l'explosion" is about when the sentence names no one.
  std::optional<std::string> topic() const;
  // The place the document has named most often so far: where that event happened.
  std::optional<std::string> topic_place() const;

  // "India and Indonesia announced ... They signed": the sides of the last subject that named
  // several, when nothing of the sentence comes between; empty otherwise. A subject of one since
  // ("« ... », a déclaré M. Ferrand. Ils visiteront") does not part "ils" from the pair before it;
  // people counted without names since do.
  std::vector<std::string> resolve_plural(const Sentence& sentence, std::size_t before) const;
  // The last subject that named several ("les deux ministres" after two were named).
  const std::vector<std::string>& last_plural_subject() const { return m_last_plural; }

  // "le déraillement d'un train près de Ciney ... Le déraillement s'est produit dimanche": who and
  // where the last event noun of each type named, for a later mention of it that names nothing.
  struct EventNames {
    std::vector<std::string> agents, targets, participants, places;
  };
  void note_event_noun(const std::string& type, EventNames names);
  const EventNames* event_noun(const std::string& type) const;

  // The agents of a clause just read: a later "ils"/"they" may mean all of them.
  // `counted_people`: the subject counted people without naming them ("Deux hommes ont été
  // interpellés. Ils doivent"): the next "ils"/"they" stands for them, for no one named.
  void note_subject(const std::vector<std::string>& agents, bool counted_people = false);
  // The date of the last event the document told, when precise to the day: "il s'est ensuite
  // rendu" happened then.
  void note_event_date(const EventDate& date) { m_last_event_date = date; }
  const std::optional<EventDate>& last_event_date() const { return m_last_event_date; }
  // A sentence dated another time without telling an event there: what comes next follows that.
  void forget_event_date() { m_last_event_date.reset(); }
  // Every actor a sentence named, in order. `where`: the states it names only as where something
  // happens ("shares fell in Singapore"); they count, but "its" does not stand for them.
  void note_mentions(const std::vector<const Mention*>& mentions, const std::vector<const Mention*>& where = {});
  // The words of a person's title where the text names them ("le ministre de l'Intérieur").
  void note_title(const std::string& id, const std::vector<std::string>& words);
  const std::string& kind_of(const std::string& id) const;
  // Whether the actor is a group of people the text names by a common noun ("les agriculteurs",
  // "the protesters"), not an armed group or a party with a name of its own.
  bool people(const std::string& id) const;

 private:
  void note_name_words(const std::string& id, std::string_view name);

  const DocumentContext& m_document;
  const std::map<std::string, std::string>& m_kinds;
  std::optional<EventDate> m_last_event_date;
  std::vector<std::string> m_recent;  // actor ids, most recent last
  std::unordered_map<std::string, std::vector<std::string>> m_name_words;  // id -> folded words of its names, not persons'
  std::vector<std::string> m_last_subjects;
  std::vector<std::string> m_last_plural;  // the last of m_last_subjects that named several
  bool m_counted_people = false;  // the last subject counted people it did not name
  // How often the document named each entity so far, first named first (which breaks ties).
  struct Tally {
    std::vector<std::pair<std::string, std::size_t>> counts;
    std::unordered_map<std::string, std::size_t> index;  // id -> position in counts
    void add(const std::string& id);
    // The most counted of those `eligible` accepts.
    std::optional<std::string> most(const std::function<bool(const std::string&)>& eligible) const;
  };
  Tally m_actor_tally, m_place_tally;
  std::map<std::string, std::vector<std::string>> m_titles;  // person id -> folded title words
  std::map<std::string, NameFinder::Gender> m_genders;       // person id -> the gender a title said
  std::map<std::string, EventNames> m_event_nouns;            // event type -> what its last noun named
};

// The folded words before a person's mention that give their title, up to `reach` words back and
// not past another name: "le ministre de l'Intérieur, Laurent Mercier" -> ministre, de, l,
// interieur. Empty when no title word (NameFinder::is_title) is among them.
std::vector<std::string> title_words_before(const FoldedText& folded, std::size_t mention_begin,
                                            const std::vector<Mention>& mentions, const NameFinder& names);

}  // namespace evgraph::detail
