namespace Federation.Gateway.Tests.Planning;

/// <summary>Small supergraphs in the join v0.3 format, one per planner feature.</summary>
internal static class Supergraphs
{
    private static string Graphs(params string[] names) => "enum join__Graph {\n" + string.Concat(names.Select(n =>
        $"  {n.ToUpperInvariant()} @join__graph(name: \"{n}\", url: \"http://127.0.0.1:1/{n}\")\n")) + "}\n";

    /// <summary>users in A (key id); reviews of a user in B; B provides username, which A owns.</summary>
    public static readonly string Users = Graphs("a", "b") + """
        type Query @join__type(graph: A) @join__type(graph: B) {
          me: User @join__field(graph: A)
          topReviews: [Review] @join__field(graph: B)
        }
        type User @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
          id: ID!
          name: String @join__field(graph: A)
          username: String @join__field(graph: A) @join__field(graph: B, external: true)
          reviews: [Review] @join__field(graph: B)
        }
        type Review @join__type(graph: B, key: "id") {
          id: ID!
          body: String
          author: User @join__field(graph: B, provides: "username")
        }
        type Mutation @join__type(graph: A) @join__type(graph: B) {
          rename(name: String!): User @join__field(graph: A)
          review(body: String!): Review @join__field(graph: B)
          forget: Boolean @join__field(graph: A)
        }
        """;

    /// <summary>shippingEstimate in C requires price and weight from P; P's product key is upc, C's is id (several keys).</summary>
    public static readonly string Requires = Graphs("p", "c") + """
        type Query @join__type(graph: P) @join__type(graph: C) {
          products: [Product] @join__field(graph: P)
        }
        type Product @join__type(graph: P, key: "upc") @join__type(graph: P, key: "id") @join__type(graph: C, key: "id") {
          id: ID!
          upc: String! @join__field(graph: P)
          price: Int @join__field(graph: P) @join__field(graph: C, external: true)
          weight: Int @join__field(graph: P) @join__field(graph: C, external: true)
          shippingEstimate: Int @join__field(graph: C, requires: "price weight")
        }
        """;

    /// <summary>An interface whose implementations live in two subgraphs; Book's author comes from a third.</summary>
    public static readonly string Abstract = Graphs("media", "books", "people") + """
        type Query @join__type(graph: MEDIA) @join__type(graph: BOOKS) @join__type(graph: PEOPLE) {
          media: [Media] @join__field(graph: MEDIA)
        }
        interface Media @join__type(graph: MEDIA) @join__type(graph: BOOKS) {
          id: ID!
          title: String
        }
        type Book implements Media @join__implements(graph: MEDIA, interface: "Media") @join__implements(graph: BOOKS, interface: "Media")
          @join__type(graph: MEDIA, key: "id") @join__type(graph: BOOKS, key: "id") @join__type(graph: PEOPLE, key: "id") {
          id: ID!
          title: String @join__field(graph: MEDIA) @join__field(graph: BOOKS)
          pages: Int @join__field(graph: BOOKS)
          author: String @join__field(graph: PEOPLE)
        }
        type Movie implements Media @join__implements(graph: MEDIA, interface: "Media") @join__type(graph: MEDIA, key: "id") {
          id: ID!
          title: String
          minutes: Int
        }
        """;

    /// <summary>Account is an interface in A and an @interfaceObject in B, which adds lastLogin to every implementation.</summary>
    public static readonly string InterfaceObject = Graphs("a", "b") + """
        type Query @join__type(graph: A) @join__type(graph: B) {
          accounts: [Account] @join__field(graph: A)
          recent: [Account] @join__field(graph: B)
        }
        interface Account @join__type(graph: A, key: "id") @join__type(graph: B, key: "id", isInterfaceObject: true) {
          id: ID!
          name: String @join__field(graph: A)
          lastLogin: String @join__field(graph: B)
        }
        type Admin implements Account @join__implements(graph: A, interface: "Account") @join__type(graph: A, key: "id") {
          id: ID!
          name: String @join__field(graph: A)
          lastLogin: String @join__field
          level: Int @join__field(graph: A)
        }
        """;

    /// <summary>Product.price moved from OLD to NEW with @override.</summary>
    public static readonly string Override = Graphs("old", "new") + """
        type Query @join__type(graph: OLD) @join__type(graph: NEW) {
          product: Product @join__field(graph: OLD)
        }
        type Product @join__type(graph: OLD, key: "id") @join__type(graph: NEW, key: "id") {
          id: ID!
          name: String @join__field(graph: OLD)
          price: Int @join__field(graph: NEW, override: "old")
        }
        """;

    /// <summary>Category is a value type: id in A, details only in C, which reaches Product by its key (parent entity call).</summary>
    public static readonly string ValueTypes = Graphs("a", "c") + """
        type Query @join__type(graph: A) @join__type(graph: C) {
          products: [Product!]! @join__field(graph: A)
        }
        type Product @join__type(graph: A, key: "id") @join__type(graph: C, key: "id") {
          id: ID!
          category: Category
        }
        type Category @join__type(graph: A) @join__type(graph: C) {
          id: ID! @join__field(graph: A)
          details: String @join__field(graph: C)
        }
        """;

    /// <summary>A union whose members type id differently (ID! and ID): sibling fragments need an alias.</summary>
    public static readonly string Mismatch = Graphs("b") + """
        type Query @join__type(graph: B) {
          accounts: [Account!]!
        }
        union Account @join__type(graph: B) @join__unionMember(graph: B, member: "User") @join__unionMember(graph: B, member: "Admin") = User | Admin
        type User @join__type(graph: B, key: "id") {
          id: ID!
          name: String
        }
        type Admin @join__type(graph: B) {
          id: ID
          name: String
        }
        """;
}
