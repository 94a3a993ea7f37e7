using Federation.GraphQL.Types;

namespace Federation.GraphQL.Execution;

/// <summary>
/// A resolver that only reads its parent, arguments and schema (the introspection fields): the executor calls <see cref="Read"/> directly,
/// without a resolver context, as long as the field's <see cref="Types.Field.Resolver"/> is still <see cref="Resolver"/>.
/// </summary>
internal sealed class ParentValueResolver
{
    public ParentValueResolver(Func<object?, IReadOnlyDictionary<string, object?>, Schema, object?> read)
    {
        Read = read;
        Resolver = context => new ValueTask<object?>(read(context.Parent, context.Arguments, context.Schema));
    }

    /// <summary>The same resolution as a <see cref="FieldResolver"/> (what the field publishes).</summary>
    public FieldResolver Resolver { get; }

    public Func<object?, IReadOnlyDictionary<string, object?>, Schema, object?> Read { get; }
}
