namespace Federation.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Adds a binding that runs on the built schema before validation (code first merged with SDL uses it).</summary>
    internal SchemaBuilder AddBinding(Action<Schema, List<GraphQLError>> binding) => Bind(binding);
}
