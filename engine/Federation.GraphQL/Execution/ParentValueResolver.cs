namespace Federation.GraphQL.Execution;

/// <summary>
/// A resolver that only reads its parent (the introspection fields): the executor calls <see cref="Read"/> directly,
/// without a resolver context, as long as the field's <see cref="Types.Field.Resolver"/> is still <see cref="Resolver"/>.
/// </summary>
internal sealed class ParentValueResolver
{
    public ParentValueResolver(Func<object?, object?> read)
    {
        Read = read;
        Resolver = context => new ValueTask<object?>(read(context.Parent));
    }

    /// <summary>The same resolution as a <see cref="FieldResolver"/> (what the field publishes).</summary>
    public FieldResolver Resolver { get; }

    public Func<object?, object?> Read { get; }
}
