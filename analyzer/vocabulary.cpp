#include "vocabulary.hpp"

#include <array>

namespace archlint {
namespace {

constexpr std::array<VocabEntry<Op>, 6> kOps{{{Op::read, "read"},
                                               {Op::write, "write"},
                                               {Op::read_write, "read_write"},
                                               {Op::publish, "publish"},
                                               {Op::consume, "consume"},
                                               {Op::replicate, "replicate"}}};
constexpr std::array<VocabEntry<Mode>, 2> kModes{{{Mode::sync, "sync"}, {Mode::async, "async"}}};
constexpr std::array<VocabEntry<Replication>, 4> kReplication{
    {{Replication::single_leader, "single_leader"},
     {Replication::multi_leader, "multi_leader"},
     {Replication::leaderless, "leaderless"},
     {Replication::none, "none"}}};
constexpr std::array<VocabEntry<Engine>, 4> kEngines{{{Engine::btree, "btree"},
                                                       {Engine::lsm, "lsm"},
                                                       {Engine::memory, "memory"},
                                                       {Engine::columnar, "columnar"}}};
constexpr std::array<VocabEntry<Consistency>, 2> kConsistency{
    {{Consistency::strong, "strong"}, {Consistency::eventual, "eventual"}}};
constexpr std::array<VocabEntry<Transactions>, 5> kTransactions{{{Transactions::acid, "acid"},
                                                                 {Transactions::none, "none"},
                                                                 {Transactions::saga, "saga"},
                                                                 {Transactions::outbox, "outbox"},
                                                                 {Transactions::two_phase, "two_phase"}}};
constexpr std::array<VocabEntry<LbMode>, 2> kLbModes{
    {{LbMode::active_active, "active_active"}, {LbMode::active_passive, "active_passive"}}};
constexpr std::array<VocabEntry<WritePolicy>, 4> kWritePolicies{
    {{WritePolicy::cache_aside, "cache_aside"},
     {WritePolicy::write_through, "write_through"},
     {WritePolicy::write_back, "write_back"},
     {WritePolicy::write_around, "write_around"}}};
constexpr std::array<VocabEntry<Delivery>, 3> kDelivery{
    {{Delivery::at_most_once, "at_most_once"},
     {Delivery::at_least_once, "at_least_once"},
     {Delivery::exactly_once, "exactly_once"}}};

}  // namespace

std::span<const VocabEntry<Op>> op_words() { return kOps; }
std::span<const VocabEntry<Mode>> mode_words() { return kModes; }
std::span<const VocabEntry<Replication>> replication_words() { return kReplication; }
std::span<const VocabEntry<Engine>> engine_words() { return kEngines; }
std::span<const VocabEntry<Consistency>> consistency_words() { return kConsistency; }
std::span<const VocabEntry<Transactions>> transactions_words() { return kTransactions; }
std::span<const VocabEntry<LbMode>> lb_mode_words() { return kLbModes; }
std::span<const VocabEntry<WritePolicy>> write_policy_words() { return kWritePolicies; }
std::span<const VocabEntry<Delivery>> delivery_words() { return kDelivery; }

std::string_view op_name(Op op) { return word_of(op_words(), op); }
std::string_view mode_name(Mode mode) { return word_of(mode_words(), mode); }
std::string_view replication_name(Replication r) { return word_of(replication_words(), r); }
std::string_view engine_name(Engine e) { return word_of(engine_words(), e); }
std::string_view consistency_name(Consistency c) { return word_of(consistency_words(), c); }
std::string_view transactions_name(Transactions t) { return word_of(transactions_words(), t); }
std::string_view lb_mode_name(LbMode m) { return word_of(lb_mode_words(), m); }
std::string_view write_policy_name(WritePolicy w) { return word_of(write_policy_words(), w); }
std::string_view delivery_name(Delivery d) { return word_of(delivery_words(), d); }

}  // namespace archlint
