#include <doctest/doctest.h>

#include "element_ids.hpp"

using namespace archlint;

TEST_CASE("element ids: stable, and distinct for distinct names") {
  CHECK(component_element_id("api_gateway-2") == "component-api_gateway-2");
  CHECK(component_element_id("a b") == "component-a.20b");
  CHECK(component_element_id("a.b") == "component-a.2eb");
  CHECK(component_element_id("a.2eb") != component_element_id("a.b"));
  CHECK(component_element_id("é") == "component-.c3.a9");
  CHECK(link_element_id(0) == "link-0");
  CHECK(cluster_element_id("cluster_eu west") == "cluster-cluster_eu.20west");
  CHECK(badge_element_id(3) == "badge-3");
  CHECK(finding_element_id(12) == "finding-12");
}
