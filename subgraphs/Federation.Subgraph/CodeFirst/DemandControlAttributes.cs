namespace Federation.Subgraph;

// Demand control directives (federation directives reference, "Customizing demand controls"), federation v2.9+.

/// <summary><c>@cost(weight:)</c>: the cost of an object type, enum, field, argument or input field.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Property
    | AttributeTargets.Method | AttributeTargets.Parameter)]
public sealed class CostAttribute(int weight) : Attribute
{
    public int Weight { get; } = weight;
}

/// <summary>
/// <c>@listSize</c> on a list field: a static <see cref="AssumedSize"/>, or <see cref="SlicingArguments"/> whose values
/// give the size, <see cref="SizedFields"/> for cursor-style results and <see cref="RequireOneSlicingArgument"/>.
/// Only the properties that are set are printed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ListSizeAttribute : Attribute
{
    private int? _assumedSize;
    private bool? _requireOneSlicingArgument;

    public int AssumedSize
    {
        get => _assumedSize ?? 0;
        init => _assumedSize = value;
    }

    public string[]? SlicingArguments { get; init; }

    public string[]? SizedFields { get; init; }

    /// <summary>The directive's default is true; set false to allow no or several slicing arguments.</summary>
    public bool RequireOneSlicingArgument
    {
        get => _requireOneSlicingArgument ?? true;
        init => _requireOneSlicingArgument = value;
    }

    internal int? AssumedSizeOrNull => _assumedSize;

    internal bool? RequireOneSlicingArgumentOrNull => _requireOneSlicingArgument;
}
