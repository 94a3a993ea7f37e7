namespace Federation.GraphQL.Execution.Compilation;

/// <summary>The built-in scalar a field returns, for the executor's direct-leaf path (see <see cref="FieldPlan.DirectLeaf"/>).</summary>
internal enum DirectLeafKind : byte
{
    None,
    String,
    Int,
    Float,
    Boolean,
}
