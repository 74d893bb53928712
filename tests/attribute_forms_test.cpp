// Where attributes belong, what names they hold, and the forms NFR values take.
#include <doctest/doctest.h>

#include "attributes.hpp"
#include "load_dot.hpp"
#include "properties.hpp"
#include "values.hpp"

using namespace archlint;

TEST_CASE("attributes: each applies to the kinds it describes; the others to every kind") {
  CHECK(applies_to("schema", Kind::database));
  CHECK_FALSE(applies_to("schema", Kind::service));
  CHECK(applies_to("endpoints", Kind::service));
  CHECK_FALSE(applies_to("endpoints", Kind::database));
  CHECK_FALSE(applies_to("idempotent", Kind::database));
  CHECK(applies_to("dlq", Kind::queue));
  CHECK(applies_to("dlq", Kind::worker));
  CHECK(applies_to("tech", Kind::external));
  CHECK(applies_to("owner", Kind::cache));
  CHECK(kinds_of_attribute("delivery") == "queue");
  CHECK(kinds_of_attribute("tech").empty());
}

TEST_CASE("attributes: metadata for people is accepted on the design and on components") {
  for (const char* name : {"description", "owner", "note", "team", "url", "tags"}) {
    CAPTURE(name);
    CHECK(is_model_attribute(AttributePlace::design, name));
    CHECK(is_model_attribute(AttributePlace::component, name));
  }
}

TEST_CASE("attributes: the loader records an attribute on the wrong kind with its line") {
  auto model = load_dot_text("digraph g {\n  api [kind=service,\n       schema=\"t(id)\"];\n  db [kind=database, endpoints=\"GET /\"];\n}\n", "g.dot");
  REQUIRE(model.has_value());
  REQUIRE(model->misplaced_attributes.size() == 2);
  CHECK(model->misplaced_attributes[0].subject == "api");
  CHECK(model->misplaced_attributes[0].name == "schema");
  CHECK(model->misplaced_attributes[0].line == 3);
  CHECK(model->misplaced_attributes[1].kind == Kind::database);
}

TEST_CASE("values: availability as a percentage or a count of nines") {
  CHECK(parse_availability("99.9%") == doctest::Approx(99.9));
  CHECK(parse_availability(" 99.95 ") == doctest::Approx(99.95));
  CHECK(parse_availability("three nines") == doctest::Approx(99.9));
  CHECK(parse_availability("4 nines") == doctest::Approx(99.99));
  CHECK(parse_availability("99.9% monthly") == doctest::Approx(99.9));
  CHECK_FALSE(parse_availability("high"));
  CHECK_FALSE(parse_availability("101%"));
  CHECK_FALSE(parse_availability(""));
}

TEST_CASE("values: a duration names its unit, anywhere in free text") {
  CHECK(has_duration_unit("200ms"));
  CHECK(has_duration_unit("20 ms"));
  CHECK(has_duration_unit("p99 under 30s"));
  CHECK(has_duration_unit("within 1 minute of the click"));
  CHECK(has_duration_unit("1.5 h"));
  CHECK_FALSE(has_duration_unit("200"));
  CHECK_FALSE(has_duration_unit("200 users"));
  CHECK_FALSE(has_duration_unit("fast"));
  CHECK_FALSE(has_duration_unit("v2s"));
}

TEST_CASE("properties: a queue's delivery comes from its tech when the model is silent") {
  auto model = load_dot_text(R"dot(digraph g {
  a [kind=queue, tech=sqs];
  b [kind=queue, tech=sqs, delivery=exactly_once];
  c [kind=queue, tech=rabbitmq];
})dot",
                             "g.dot");
  REQUIRE(model.has_value());
  auto a = delivery_of(model->components[0]);
  REQUIRE(a);
  CHECK(a->value == Delivery::at_least_once);
  CHECK(a->inferred);
  auto b = delivery_of(model->components[1]);
  REQUIRE(b);
  CHECK(b->value == Delivery::exactly_once);
  CHECK_FALSE(b->inferred);
  CHECK_FALSE(delivery_of(model->components[2]));
}
