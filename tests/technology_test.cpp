// The technology table and the properties inferred from it.
#include <doctest/doctest.h>

#include <set>

#include "load_dot.hpp"
#include "properties.hpp"
#include "technology.hpp"

using namespace archlint;

TEST_CASE("technology: lookup by name or alias, any case") {
  REQUIRE(find_technology("postgres"));
  CHECK(find_technology("PostgreSQL") == find_technology("postgres"));
  CHECK(find_technology(" pg ") == find_technology("postgres"));
  CHECK(find_technology("scylla")->name == "scylladb");
  CHECK(find_technology("oracle-forms") == nullptr);
  CHECK(find_technology("") == nullptr);
}

TEST_CASE("technology: the table is sorted, unique and large enough") {
  auto all = all_technologies();
  CHECK(all.size() >= 40);
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < all.size(); ++i) {
    CAPTURE(all[i].name);
    CHECK(names.insert(all[i].name).second);
    CHECK_FALSE(all[i].note.empty());
    if (i > 0) CHECK(all[i - 1].name < all[i].name);
  }
  for (const char* wanted : {"postgres", "mysql", "aurora", "spanner", "cockroachdb", "cassandra", "scylladb",
                             "dynamodb", "mongodb", "hbase", "bigtable", "redis", "memcached", "kafka", "rabbitmq",
                             "sqs", "pulsar", "kinesis", "s3", "gcs", "hdfs", "elasticsearch", "zookeeper", "etcd",
                             "flink", "spark", "clickhouse", "druid", "influxdb", "timescaledb"})
    CHECK_MESSAGE(find_technology(wanted), wanted);
}

TEST_CASE("technology: properties come from the model first, then the technology") {
  auto model = load_dot_text(R"dot(digraph g {
  a [kind=database, tech=cassandra];
  b [kind=database, tech=cassandra, engine=btree, transactions=acid];
  c [kind=database];
  q [kind=queue, tech=sqs];
})dot",
                             "m.dot");
  REQUIRE(model.has_value());
  const Component& a = model->components[0];
  const Component& b = model->components[1];
  const Component& c = model->components[2];
  const Component& q = model->components[3];
  REQUIRE(engine_of(a));
  CHECK(engine_of(a)->value == Engine::lsm);
  CHECK(engine_of(a)->inferred);
  CHECK(inferred_note(a, *engine_of(a), engine_phrase(Engine::lsm)) == " (cassandra: LSM engine, inferred from tech)");
  CHECK(engine_of(b)->value == Engine::btree);
  CHECK_FALSE(engine_of(b)->inferred);
  CHECK(inferred_note(b, *engine_of(b), "B-tree engine").empty());
  CHECK(transactions_of(a)->value == Transactions::none);
  CHECK(transactions_of(b)->value == Transactions::acid);
  CHECK(consistency_of(a)->value == Consistency::eventual);
  CHECK_FALSE(engine_of(c));
  CHECK_FALSE(durable_of(c));
  CHECK(durable_of(q)->value);
  CHECK(is_managed(q));
  CHECK_FALSE(is_managed(a));
}
