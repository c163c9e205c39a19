#include <evgraph/boxed_optional.hpp>

#include <doctest/doctest.h>

#include <string>

using evgraph::BoxedOptional;

TEST_CASE("a boxed optional is empty until set, and set from an optional or a value") {
  BoxedOptional<std::string> none;
  CHECK_FALSE(none);
  CHECK_FALSE(BoxedOptional<std::string>(std::optional<std::string>{}).has_value());
  BoxedOptional<std::string> some = std::optional<std::string>{"P3W"};
  REQUIRE(some);
  CHECK(*some == "P3W");
  CHECK(some->size() == 3);
  some.reset();
  CHECK_FALSE(some);
  CHECK(sizeof(BoxedOptional<std::string>) == sizeof(void*));
}

TEST_CASE("a boxed optional copies its value, so copies do not share it") {
  BoxedOptional<std::string> first(std::string("after"));
  BoxedOptional<std::string> copy = first;
  *copy = "before";
  CHECK(*first == "after");
  CHECK(*copy == "before");
  copy = BoxedOptional<std::string>{};
  CHECK_FALSE(copy);
  copy = first;
  CHECK(*copy == "after");
  BoxedOptional<std::string> moved = std::move(first);
  CHECK(*moved == "after");
}
