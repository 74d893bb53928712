// What messages call a component imported from a picture: its headline.
#include <doctest/doctest.h>

#include "model.hpp"

using namespace archlint;

namespace {

std::string headline(const std::string& label, const std::string& name = "box") {
  Component c;
  c.name = name;
  c.label = label;
  return c.headline();
}

}  // namespace

TEST_CASE("model: a component's headline is its label's name, without the lines that describe it") {
  CHECK(headline("") == "box");
  CHECK(headline("Orders API") == "Orders API");
  CHECK(headline("Kafka\ninventory initialization events") == "Kafka");
  CHECK(headline("payment-service\nprovider order, webhook, reconciliation") == "payment-service");
  // A second line of one or two words wraps a short name.
  CHECK(headline("Orders\nDB") == "Orders DB");
  CHECK(headline("Orders\n(Postgres)") == "Orders (Postgres)");
  CHECK(headline("Web\nFront end") == "Web Front end");
  CHECK(headline("Amazon\nSimple Storage Service") == "Amazon Simple Storage Service");
  CHECK(headline("Kafka\ninventory initialization events") == "Kafka");
  CHECK(headline("Orders Service\nv2") == "Orders Service v2");
  CHECK(headline("Billing and Invoicing\nService") == "Billing and Invoicing");
  CHECK(headline("  \nOrders") == "Orders");
  CHECK(headline("\n") == "box");
}
