#pragma once
/// Kinds read off a picture's links, for boxes whose icon, shape and label
/// say nothing: a reader who sees a box that a client calls takes it for a
/// service, and one that takes messages off a queue for a worker.

#include "raw_design.hpp"

namespace archlint {

/// Whether a signal of the table's `@secrets` note named `node` (read
/// strongly): a secret or key store, which answers and never calls.
bool secret_store(const RawNode& node);

/// Whether `node` is a person (a user, a customer, staff, an actor figure),
/// not a program: people are notified and act, they are not run. A box
/// that gives a port it listens on is a program, whatever its name says
/// ("admin :3003" is the admin back end).
bool person(const RawNode& node);

/// Gives a kind to each box of `design` that no signal explained (reason
/// kNoKindSignal), from its settled links, and marks it weak: rules that
/// depend on a kind leave it alone, and `archlint import` asks to check it.
/// - Takes messages off a queue (a link from a queue to it, or a `consume`
///   link to one): a worker, unless an API gateway or a load balancer also
///   routes requests to it: then it answers them, a service.
/// - Starts another box's work on a schedule (a link labelled "triggers
///   daily", "every 5 min", "cron"): a scheduler.
/// - Called by a load balancer, API gateway, CDN or a user's client (one
///   that calls at most three boxes): a service.
/// - Reads or writes a store, or publishes to a queue, and has other links
///   too: a service.
/// - Called by a service, worker or scheduler, and calls on in turn: a service.
/// - Called by anything but a CI server, and calls a service or API
///   gateway a signal named firmly: a service (Slack's events reaching the
///   design's bot app, a command router between a middleware stack and
///   the AI service).
/// Boxes that a signal named as a part with no kind (a WAF) stay unknown.
/// A box named a client that a service, worker or scheduler of the design
/// calls, and that calls on in turn, is a program of the design: a service,
/// weakly (a CLI that a job runner starts).
void kinds_from_links(RawDesign& design);

/// Reads what a box's icon says in the light of its links: an event bus
/// icon that nothing publishes to, with a line that starts another box's
/// work on a schedule, is a scheduler (a timer rule); a compute icon (a
/// function, a VM), or a label named by a function runtime ("Lambda",
/// "function"), that only queues, stores (their events) and schedulers
/// start is a worker, and so is a box named only by where it runs ("Digest
/// Node 1": node, instance, pod, replica) or by a generic role (builder,
/// engine, executor, handler, generator) that they start and that calls no
/// program of the design, and a box named only "... Service" that queues
/// alone start ("Encoder Service" taking its tasks off RabbitMQ); a cache product whose lines queue work
/// ("enqueue", "jobs": Redis as a job broker) is a queue, unless its label
/// says cache. Run after the edges are settled.
void triggered_programs(RawDesign& design);

/// Reads a box's word for outside in the light of its links and groups:
/// - a generic word ("External AI", "third-party") read as external does
///   not hold for a box in a group whose title names a program of the
///   design (a port it listens on, a server framework: "DMRS.Api — ASP.NET
///   Core (:7029)"), which is that program's module, nor for a box that
///   writes a database, cache or search index of the design: outside
///   systems do not write the design's stores. It is a service, weakly.
/// - a box named only by the generic word "API" that calls nothing and
///   holds no store, that one program of the design calls, over a line
///   drawn as optional (dashed, "optional") or while it alone gives no port
///   where every other program of the picture does, is a third-party API
///   ("RxNorm REST API"): external, weakly. So is a leaf with no line into
///   it that only feeds programs whose names say they fetch (a crawler, a
///   poller, an ingest job), named only by the generic word "API" or by no signal:
///   a source outside that they poll.
/// Run after the edges are settled, before kinds_from_links().
void outside_words_read_with_links(RawDesign& design);

/// Leaves out the steps of a flowchart hung on a system diagram: in a group
/// of four boxes or more that holds a decision (a rhombus, a label asking a
/// question) and where most boxes pass the flow on (an arrow in from and
/// out to another box of the group) and no signal named the kind of half
/// of them, each box of unknown kind and each decision. Their lines are
/// no calls. Run before the edges are settled.
void flowcharts_in_groups(RawDesign& design);

/// Leaves out the steps of a flow told beside the design as numbered boxes
/// ("1. User Login" -> "2. JWT Token" -> "3. API Call with JWT"): three
/// boxes or more whose labels open with a step's number, joined only to
/// one another, while other parts of the design stay. Their lines are no
/// calls. Run before the edges are settled.
void numbered_flows(RawDesign& design);

/// A box that asks a question ("Distress OR no response?", often drawn as a
/// diamond), whose kind no signal told, that lines come into and whose lines
/// out all reach parts of known kind (SNS, DynamoDB), is a decision of the
/// flow: left out, and the lines pass through it to its outcomes. One whose
/// outcomes are untold boxes (checks a gate hands out to) stays.
void decisions_passed_through(RawDesign& design);

/// Leaves out a data model drawn beside the system: three boxes or more
/// that no signal explains, joined by lines to each other, that nothing
/// else links to and whose other lines go only into clients (the front
/// ends that show them: "Organization -> Site", "Site -> Public Site").
/// Run after the edges are settled, before kinds_from_links().
void data_models_beside(RawDesign& design);

/// Leaves out, as a note, each box of `design` whose kind is unknown or
/// weakly guessed, that has no links and a label that reads as a note
/// (note_text(): twelve words or more, or a written sentence): a block of
/// text beside the picture (a legend, a list of options), not a component.
/// A box with such a label that links join is a component. A box drawn as
/// a note (DOT `shape=note`) that no link joins is left out whatever its
/// text names: a legend listing the parts it describes is no database.
void notes_without_links(RawDesign& design);

/// Keeps in the design, as a service (weakly), each box left out as access
/// configuration on its words alone ("iam") that a service, worker or
/// scheduler calls (or an API gateway routes to) and that calls on in turn: a role or policy is attached
/// to what it grants, while this box runs (an identity service). So is a box
/// left out by a configuration word after a program's name ("API Routes")
/// that sits in the call chain that way: it is the part of the program that
/// requests pass through. Run before the edges are settled.
void programs_named_like_access(RawDesign& design);

/// Makes a service, weakly, each box read as a registry by its word
/// "repository" ("Patient Repository") that a program of the design calls
/// and that calls a store: the program's data-access code, named for the
/// repository pattern, not a registry of images or code. Run before the
/// edges are settled.
void repositories_in_code(RawDesign& design);

/// Makes a service, weakly, each box read as a client only by its head
/// word "client" after what it calls ("Payment Client - Timeout 2000ms")
/// that a program of the design calls and that calls a part of known kind:
/// the program's code that calls that part, not the users' side. Run
/// before the edges are settled.
void clients_in_code(RawDesign& design);

/// Leaves out, as the network in between, each box named like the internet
/// ("Internet", "WWW") that a client or a program calls and that calls
/// on: links drawn through it pass on (`User -> Internet -> Ingress` is
/// `User -> Ingress`; `Agent -> Internet -> Datadog` is `Agent -> Datadog`).
/// An internet box that nothing calls is where traffic comes from: it stays
/// a client. Run before the edges are settled.
void networks_between(RawDesign& design);

/// Leaves out build and delivery tooling: each box of unknown or external
/// kind (CI/CD, a repository, an image registry, a Kubernetes Secret) whose
/// every line delivers code, images or settings ("Push Code", "git push",
/// "Build & Push", "Pull Images", "deploy", and drawn from it "Credentials" or
/// "Configuration") or joins it to other such tooling, with at least one
/// that builds, deploys or hands settings (pulling images alone does not
/// make a registry tooling), or whose own label says it deploys ("CI/CD
/// Workflows", "deploy (terraform apply)", a "Deploy Worker" whatever kind
/// its words give it), or that a frame titled for
/// delivery holds ("CI/CD", "Build pipeline"), whatever its kind; and a
/// store whose every line joins it to such tooling (Terraform state), and a
/// person (a developer) whose every line does ("git push" to the repository,
/// which a webhook ties to CI). Its lines
/// are no calls, and links do not pass on through it. Run before the
/// edges are settled.
void delivery_tooling(RawDesign& design);

/// Leaves out each box read as the platform the programs run on (a
/// Kubernetes cluster drawn as one box) that delivery deploys to (a line
/// labelled "deploy") and that no part of the design calls: drawn beside the
/// CI/CD that ships to it, it is no runtime component either, and its lines
/// are no calls. A cluster the programs call (to run jobs on it) stays. Run
/// after delivery_tooling().
void platforms_deployed_to(RawDesign& design);

/// Leaves out each store whose every line joins it to another store of its
/// kind that serves the design's programs, over a line that says it keeps
/// that store's files ("persists", "volume", "mount"): a Docker named volume
/// drawn beside its database is part of it. Its lines are no calls. A store
/// joined by a plain line (a replica, a PVC drawn as a part) stays. Run
/// before the edges are settled.
void volumes_of_stores(RawDesign& design);

/// A box named by an identity protocol alone ("OIDC", "SAML2") is text
/// beside a line, unless a running part of the design (a proxy, a service)
/// links to it: then it is the identity provider that speaks the protocol,
/// external.
void identity_protocols_with_links(RawDesign& design);

/// Makes each group whose label names a store ("object storage", "Orders
/// DB") and whose boxes name no kind ("segments", "blocks": the data it
/// keeps) one store component, named and labelled as the group: its boxes
/// are left out as its data, and links to the group or its boxes are links
/// to the store. So is a group whose label names any part ("AWS WAF") and
/// whose boxes are all left out as configuration ("Rules: 1. Common Rule
/// Set ... 3. Rate Limit (2000/IP)"): the part those are the settings of,
/// unless that part has no kind (a "K8s cluster" holding its node groups
/// and autoscaling settings stays a frame). Run before the edges are settled.
void groups_that_are_stores(RawDesign& design);

/// Gives the boxes of a group the kind its title names when the title says
/// who runs them or what carries them: in "Client Layer" the users' apps
/// (clients), in "External Services" providers outside the design
/// (external; "外部服务", "Servicios externos" too), in "Kafka" its topics
/// (queues); a title ending "Layer" names
/// the layer of what it names. Only boxes no signal named, or named weakly,
/// take it (weakly), and in a group of providers outside the boxes named by
/// a generic word for a program ("Email Service"), which says that it runs
/// but not whose, or by a role word for one ("Default Processor", weakly),
/// which says what the provider does, or by "gateway" for one that calls
/// nothing of the design ("CyberPay Gateway"); among the clients, so do boxes named by such a word that
/// start the requests (they call on, nothing calls them: a "Web App" in
/// "Clients" calling the CDN). A group titled for an API around one box
/// named by the same unknown word and a generic word ("Nayax REST API" in
/// "Nayax Payment API"), which the design only calls, holds a provider's
/// API: external. Run before the edges are settled.
void kinds_from_groups(RawDesign& design);

/// Gives the boxes of a group titled for a product ("Event Queues: Amazon
/// SQS", "Kafka Cluster") that product's `tech` when they are of its kind
/// and name no product themselves: a queue in the SQS group is an SQS
/// queue, which its provider replicates. Run after kinds_from_groups.
void techs_from_groups(RawDesign& design);

/// A processor of a product that runs batches and streams alike (Spark),
/// drawn reading a queue or a broker, is a stream processor: it reads the
/// stream as it comes (the product's `fed_by_queue` in the technology table).
void processors_fed_by_queues(RawDesign& design);

/// Ids that number boxes in a series ("S1" to "S6" for six services) say
/// where a box stands, not what it is: a kind read off such an id ("S3"
/// is Amazon S3) is dropped when the box has a label of its own and another
/// box carries the same letters with another number; the links then tell.
void ids_in_series(RawDesign& design);

/// The steps of a dataflow: a box of no firm kind, in the frame of a stream
/// or batch processor, whose every incoming line comes from that
/// processor or from a step of it ("Spark Structured Streaming" ->
/// "validate" -> "dropDuplicates" -> "enrich"), is a stage of that
/// processor, of its kind (weakly).
void stages_of_processors(RawDesign& design);

/// Makes each box named monitoring by a word alone ("channel_monitoring")
/// that publishes to a queue, and that no box of the design sends to, a
/// worker, weakly: it watches a source outside the design and feeds what it
/// finds in; a monitoring system collects from the design's programs. So is
/// one that only takes messages off topics (none of metrics or logs) and
/// writes a store or a queue: a program watching the design's events.
void watchers_that_publish(RawDesign& design);

/// Gives each box drawn as a store, with no word of its label naming a
/// store, the kind client when its label or the frame it stands in names
/// people ("Patients" in "Users") and its lines only start requests to
/// programs: people drawn with a store's shape, not their data.
void people_drawn_as_stores(RawDesign& design);

/// Gives the kind client to each store that lines join to one client only,
/// which also calls the design's servers, when it is a cache named by its
/// word alone ("Room 缓存索引", "Image Cache") or a store its label places
/// on the device ("local", "本地", "offline"): the app's own storage, kept
/// on the user's device, not a server's store it reaches past a service.
void caches_on_devices(RawDesign& design);

/// Gives each box named a client by the word "client" alone ("MNIT
/// FileNet Client", "Stripe Client") the kind service, weakly, when a
/// program of the design calls it and it calls none of the design's
/// programs or front doors: a client library or module the design's
/// programs call, not the users' side. A box named a client by "SDK" that
/// a program calls and that calls nothing drawn ("Vercel AI SDK") is the
/// library of a provider the program reaches: external, weakly.
void clients_called_by_programs(RawDesign& design);

/// Gives each box read as a provider outside by a product's name
/// ("Mixpanel Tracker") the kind service, weakly, when it calls another box
/// named for the same product ("Mixpanel Analytics") that does not call it
/// back, and a program of the design or a queue hands it work: a provider
/// does not call itself; the first is the design's code that uses it.
void provider_wrappers(RawDesign& design);

/// Gives each box named a client by a person's word ("User", "Customer")
/// the kind service, weakly, when programs of the design call it and it
/// uses a store, and no other line joins it: no person is called by the
/// back end and reads a database; that is the program of the users'
/// domain. Run before the kinds are read off the links.
void domains_named_like_people(RawDesign& design);

/// Gives each box named a store by its shape alone (a Mermaid cylinder
/// "orders") the kind queue, weakly, when a line labelled as producing or
/// publishing reaches it, or one labelled as consuming leaves it: a topic
/// drawn as a cylinder. Run before the edges are settled (a topic's lines
/// each way are a publish and a consume, not a call and its answer).
void topics_drawn_as_stores(RawDesign& design);

/// Reads again from its words, as if drawn plain, each box whose kind came
/// from its store shape alone, when the picture draws nearly every box
/// (four in five, six or more) with that shape ("Decision Engine :8001"
/// and "Agent A" as cylinders beside Prometheus and PostgreSQL): there the
/// shape is the picture's style, not a store. A box whose words name no
/// kind is left of no kind, for its links to tell. Run before the kinds
/// are read off the links.
void shapes_as_style(RawDesign& design);

/// Gives the kind queue to each cache of a product that also carries
/// queues (Redis, Valkey) when every line joined to it says it is a
/// broker or a queue ("Broker" from a web app, its scheduler and its
/// workers: Celery's broker) and none says it caches: the queue the
/// product carries, whose delivery matters, not a cache to evict from.
/// Run before the edges are settled.
void caches_used_as_brokers(RawDesign& design);

/// Gives each box that no signal named, and one of whose label lines is a
/// topic's name alone (three dotted lower-case parts or more:
/// "risk.alerts.velocity"), the kind queue, weakly, when the design holds
/// a queue a signal named (a Kafka broker, one of its topics): a topic
/// drawn by its name. Run before the kinds are read off the links.
void topics_named_alone(RawDesign& design);

/// Gives each box of a group whose label starts "Other", "Others" or "More"
/// ("Other Processors...") the kind that most of the group's other boxes
/// have, weakly: it stands for more of them, whatever its words say.
void others_like_siblings(RawDesign& design);

/// Makes a client of each box that a generic word for a front alone (a word
/// of the table flagged `front`) named a service ("Frontend", "Website",
/// "Frontend / API Consumers") and that starts the
/// requests: it calls only programs of the design (services, gateways,
/// balancers, CDNs, DNS), and nothing calls it. Drawn at the head of the
/// chain with no users before it, the front stands for the users' side; a
/// front that calls a store itself is a server rendering pages, and stays.
/// The other way round, a client named by its words (not a person, not an
/// icon: "UI Service\nReact SPA") that a load balancer or a gateway hands
/// requests to is the program serving the pages: a service, weakly.
/// Run after the edges are settled.
void fronts_that_start_requests(RawDesign& design);

/// Leaves out the boxes of a frame whose title names the platform the
/// programs run on ("K8s cluster (kops / AWS)") when no line joins the frame
/// (a box in it, the frame or a group in it) to the rest of the design: drawn
/// beside the design, it shows the platform's own parts (a control plane,
/// node groups, the autoscaler that resizes them), which no request reaches.
/// A frame that a line joins to the design holds what the programs run as,
/// and stays; a picture with no line outside such frames is an inventory of
/// the platform, and stays too. Run before the edges are settled.
void platform_frames(RawDesign& design);

}  // namespace archlint
