// Every diagram of the shared corpus imports, with the number of components
// and links recorded here after looking at each diagram (edges to containers
// reach what they hold, a request drawn with its answer is one call, layout
// edges and spacer boxes are no links or components), and few components
// stay of unknown kind. Skipped when the corpus folder is absent.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "build_model.hpp"
#include "read_designs.hpp"

namespace fs = std::filesystem;
using namespace archlint;

namespace {

/// What one corpus file gives, over all its pages.
struct Expected {
  int pages;
  int components;
  int links;
};

// Recorded by importing each file and comparing with the diagram itself.
const std::map<std::string, Expected> kExpected = {
    {"OWASP__pytm__tests_dfd.dot", {1, 4, 5}},
    {"SAP__btp-solution-diagrams__assets_editable-diagram-examples_SAP_Private_Link_Service_L2.drawio", {1, 17, 23}},
    {"SAP__btp-solution-diagrams__assets_editable-diagram-examples_SAP_Task_Center_L2.drawio", {1, 16, 14}},
    {"SalihTuncer__Edge2Cloud__Architecture.drawio", {1, 5, 5}},
    {"commitdev__zero-aws-eks-stack__docs_architecture-overview.drawio", {1, 95, 27}},
    {"commitdev__zero-aws-eks-stack__docs_wip-architecture-overview-serverless.drawio.svg", {1, 106, 28}},
    {"jaegertracing__documentation__content_docs_v2__dev_architecture_spm.mermaid1.mmd", {1, 9, 9}},
    {"jaegertracing__documentation__content_docs_v2__dev_storage_kafka.mermaid2.mmd", {1, 6, 5}},
    {"jgraph__drawio-diagrams__blog_C4.drawio", {4, 25, 26}},
    {"jgraph__drawio-diagrams__blog_data-flow.drawio", {2, 23, 33}},
    {"jgraph__drawio-diagrams__examples_aws-saas-example.drawio", {1, 18, 23}},
    {"jgraph__drawio-diagrams__examples_aws-simple-architecture.drawio", {1, 8, 0}},
    {"jgraph__drawio-diagrams__templates_cloud_aws_10.xml", {1, 42, 50}},
    {"jgraph__drawio-diagrams__templates_cloud_aws_4.xml", {1, 14, 13}},
    {"jgraph__drawio-diagrams__templates_cloud_aws_7.xml", {1, 13, 12}},
    {"jgraph__drawio-diagrams__templates_cloud_azure_1.xml", {1, 26, 14}},
    {"jgraph__drawio-diagrams__templates_cloud_ibm_microservices.xml", {1, 25, 19}},
    {"jgraph__drawio-diagrams__templates_gcp_gaming_mobile_game_backend.xml", {1, 19, 22}},
    {"jgraph__drawio-diagrams__templates_gcp_general_web_application_on_google_app_engine.xml", {1, 13, 9}},
    {"jgraph__drawio-diagrams__templates_gcp_retail_pci.xml", {1, 14, 12}},
    {"kubernetes__enhancements__keps_sig-storage_3314-csi-changed-block-tracking_flow.drawio.svg", {1, 7, 5}},
    {"likec4__likec4__packages_layouts_src_graphviz___snapshots___DeploymentViewPrinter-index.dot", {1, 6, 6}},
    {"likec4__likec4__packages_layouts_src_graphviz___snapshots___ElementViewPrinter-cloud3levels.dot", {1, 7, 6}},
    {"microsoft__AzureTRE__docs_azure-tre-overview_airlock.mermaid2.mmd", {1, 6, 5}},
    {"microsoft__AzureTRE__docs_tre-developers_letsencrypt.mermaid1.mmd", {1, 6, 4}},
    // Two Website Staging icons are drawn one on the other there: one box.
    {"mspnp__aks-baseline-regulated__docs_aks-regulated-baseline.drawio", {2, 50, 19}},
    {"mspnp__aks-baseline__docs_architecture.drawio", {2, 49, 30}},
    {"mspnp__aks-baseline__network-team_network-topology.drawio", {2, 2, 0}},
    {"open-telemetry__opentelemetry.io__content_en_docs_collector_deploy_other_agent-to-gateway__index.mermaid1.mmd", {1, 9, 10}},
    {"open-telemetry__opentelemetry.io__content_en_docs_demo_architecture.mermaid1.mmd", {1, 26, 37}},
    {"open-telemetry__opentelemetry.io__content_en_docs_demo_architecture.mermaid3.mmd", {1, 25, 27}},
    {"open-telemetry__opentelemetry.io__content_en_docs_guidance_blueprints_managed-telemetry-platforms-for-k8s-workloads.mermaid4.mmd", {1, 16, 38}},
    {"openstack__octavia__doc_source_contributor_design_version0.5_v0.5-component-design.dot", {1, 9, 8}},
    {"openstack__octavia__specs_version0.5_controller.dot", {1, 19, 23}},
    {"thanos-io__thanos__docs_img_thanos_receiver_troubleshoot_federation_idential_replica_name.drawio.png", {1, 8, 1}},
};

}  // namespace

TEST_CASE("corpus: every diagram imports with the components and links recorded for it") {
  fs::path dir = fs::path(ARCHLINT_SOURCE_DIR) / ".." / "shared" / "corpus" / "files";
  if (!fs::is_directory(dir)) {
    MESSAGE("corpus folder " << dir.string() << " not found; skipped");
    return;
  }
  std::map<Kind, int> kinds;
  int total = 0;
  int files = 0;
  int left_out = 0;
  int dangling = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    CAPTURE(name);
    auto designs = read_designs(entry.path().string());
    REQUIRE_MESSAGE(designs.has_value(), (designs ? "" : designs.error().front().message));
    Expected got{static_cast<int>(designs->size()), 0, 0};
    for (const auto& design : *designs) {
      auto model = build_model(design);
      REQUIRE(model.has_value());
      got.components += static_cast<int>(model->components.size());
      got.links += static_cast<int>(model->links.size());
      for (const auto& c : model->components) ++kinds[c.kind];
      left_out += static_cast<int>(model->left_out.size());
      dangling += static_cast<int>(model->import_notes.size());
    }
    total += got.components;
    ++files;
    MESSAGE(name << ": " << got.pages << " pages, " << got.components << " components, " << got.links << " links");
    auto expected = kExpected.find(name);
    REQUIRE_MESSAGE(expected != kExpected.end(), "no expectation recorded for this file");
    CHECK(got.pages == expected->second.pages);
    CHECK(got.components == expected->second.components);
    CHECK(got.links == expected->second.links);
  }
  CHECK(files == static_cast<int>(kExpected.size()));
  std::string summary;
  for (const auto& [kind, n] : kinds) summary += std::string(kind_name(kind)) + " " + std::to_string(n) + ", ";
  MESSAGE("kinds over " << total << " components: " << summary << "; left out as no runtime component: " << left_out
                         << "; links left out: " << dangling);
  CHECK(kinds[Kind::unknown] * 5 < total);  // under 20% stay unknown
}
