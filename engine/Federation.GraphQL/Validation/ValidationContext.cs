using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation;

/// <summary>
/// What rules share during one validation run: the schema, the document, the type information of the current node,
/// error reporting, and document facts computed once on demand (fragments by name, spreads, variable usages).
/// </summary>
public sealed class ValidationContext
{
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        HideSuggestions = options.HideSuggestions;
        AllowEmptySelectionSets = options.AllowEmptySelectionSets;
        _maxErrors = options.MaxErrors;
        _errors = errors;
    }

    public Schema Schema { get; }
    public DocumentNode Document { get; }
    public TypeInfo TypeInfo { get; }
    public bool HideSuggestions { get; }
    public bool AllowEmptySelectionSets { get; }

    /// <summary>Nesting of the current value inside the argument or default value that holds it (0 at the top).</summary>
    public int ValueDepth { get; internal set; }

    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors) throw new ValidationAbortedException(ValidationAbortedException.TooManyErrors);
        _errors.Add(error);
    }

    /// <summary>Counts work spent following fragments; a hostile document that exhausts the budget aborts validation.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException(ValidationAbortedException.Aborted);
    }

    /// <summary>The fragment definition with this name (the last one when the name is defined twice).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment) _fragments[fragment.Name.Value] = fragment;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere under a selection set (not following fragments), in graphql-js order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads)) return spreads;
        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var selectionIndex = 0; selectionIndex < selections.Count; selectionIndex++)
            {
                var selection = selections[selectionIndex];
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } fieldSet }: setsToVisit.Push(fieldSet); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var fragments)) return fragments;
        fragments = CollectReferencedFragments([operation]);
        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Every fragment that any of the operations uses, directly or through other fragments.</summary>
    public List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var collectedNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value)) collectedNames.Add(spread.Name.Value);
            }
        }
        var fragments = new List<FragmentDefinitionNode>();
        SpendFragmentWork(collectedNames.Count);
        for (var i = 0; i < collectedNames.Count; i++)
        {
            var fragment = GetFragment(collectedNames[i]);
            if (fragment is null) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value)) collectedNames.Add(spread.Name.Value);
            }
        }
        return fragments;
    }

    /// <summary>The variables used in an operation or fragment definition (not following spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        var node = (SyntaxNode)definition;
        if (_variableUsages.TryGetValue(node, out var usages)) return usages;
        usages = VariableUsageCollector.Collect(Schema, definition);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables used by an operation and by every fragment it uses.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages)) return usages;
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        usages = [.. GetVariableUsages(operation)];
        foreach (var fragment in fragments)
        {
            var local = GetVariableUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }
}
