namespace Federation.Gateway.Tests.Planning;

/// <summary>The printed plan of one operation per planner feature, over the small supergraphs of <see cref="Supergraphs"/>.</summary>
public sealed class PlanTests
{
    [Fact]
    public void An_entity_jump_carries_the_key_and_a_provided_field_stays_in_its_subgraph()
        => PlanAssert.Equal(Supergraphs.Users, """{ me { name reviews { body author { username name } } } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "a") {
                  { me { name __typename id } }
                }
                Flatten(path: "me") {
                  Fetch(service: "b") {
                    ... on User { id } =>
                    { ... on User { reviews { body author { username __typename id } } } }
                  }
                }
                Flatten(path: "me.reviews.@.author") {
                  Fetch(service: "a") {
                    ... on User { id } =>
                    { ... on User { name } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void Mutation_root_fields_run_in_order_one_fetch_per_run_of_a_subgraph()
        => PlanAssert.Equal(Supergraphs.Users, """mutation { a: rename(name: "x") { id } review(body: "b") { id } forget }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "a") {
                  { a: rename(name: "x") { id } }
                }
                Fetch(service: "b") {
                  { review(body: "b") { id } }
                }
                Fetch(service: "a") {
                  { forget }
                }
              }
            }
            """);

    [Fact]
    public void Requires_fields_are_fetched_first_and_sent_in_the_representation_through_the_key_the_other_subgraph_has()
        => PlanAssert.Equal(Supergraphs.Requires, """{ products { upc shippingEstimate } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "p") {
                  { products { upc __typename id price weight } }
                }
                Flatten(path: "products.@") {
                  Fetch(service: "c") {
                    ... on Product { id price weight } =>
                    { ... on Product { shippingEstimate } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void An_abstract_type_is_split_by_possible_type_and_each_type_jumps_on_its_own()
        => PlanAssert.Equal(Supergraphs.Abstract, """{ media { __typename title ... on Book { pages author } ... on Movie { minutes } } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "media") {
                  { media { __typename ... on Book { __typename title id } ... on Movie { __typename title minutes } } }
                }
                Parallel {
                  Flatten(path: "media.@") {
                    Fetch(service: "books") {
                      ... on Book { id } =>
                      { ... on Book { pages } }
                    }
                  }
                  Flatten(path: "media.@") {
                    Fetch(service: "people") {
                      ... on Book { id } =>
                      { ... on Book { author } }
                    }
                  }
                }
              }
            }
            """);

    [Fact]
    public void A_field_an_interface_object_adds_is_fetched_on_the_interface()
        => PlanAssert.Equal(Supergraphs.InterfaceObject, """{ accounts { name lastLogin ... on Admin { level } } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "a") {
                  { accounts { __typename ... on Admin { name __typename id level } } }
                }
                Flatten(path: "accounts.@") {
                  Fetch(service: "b") {
                    ... on Account { id } =>
                    { ... on Account { lastLogin } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void An_interface_object_asks_the_real_interface_for_the_concrete_type()
        => PlanAssert.Equal(Supergraphs.InterfaceObject, """{ recent { lastLogin name } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "b") {
                  { recent { __typename lastLogin id } }
                }
                Flatten(path: "recent.@") {
                  Fetch(service: "a") {
                    ... on Account { id } =>
                    { ... on Account { __typename ... on Admin { name } } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void An_overridden_field_is_fetched_from_the_subgraph_that_overrides_it()
        => PlanAssert.Equal(Supergraphs.Override, """{ product { name price } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "old") {
                  { product { name __typename id } }
                }
                Flatten(path: "product") {
                  Fetch(service: "new") {
                    ... on Product { id } =>
                    { ... on Product { price } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void Value_type_fields_no_key_reaches_are_fetched_with_their_parent_through_the_parents_key()
        => PlanAssert.Equal(Supergraphs.ValueTypes, """{ products { id category { id details } } }""", """
            QueryPlan {
              Sequence {
                Fetch(service: "a") {
                  { products { id __typename category { id } } }
                }
                Flatten(path: "products.@") {
                  Fetch(service: "c") {
                    ... on Product { id } =>
                    { ... on Product { category { details } } }
                  }
                }
              }
            }
            """);

    [Fact]
    public void Fields_typed_differently_in_sibling_fragments_get_an_alias()
        => PlanAssert.Equal(Supergraphs.Mismatch, """{ accounts { ... on User { id name } ... on Admin { id name } } }""", """
            QueryPlan {
              Fetch(service: "b") {
                { accounts { __typename ... on User { id name } ... on Admin { id__fed_ID: id name } } }
              }
            }
            """);
}
