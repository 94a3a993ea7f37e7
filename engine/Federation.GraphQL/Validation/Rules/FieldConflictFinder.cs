using System.Text;
using Federation.GraphQL.Language;
using Federation.GraphQL.Types;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>A pair of fields (with the sub-fields that conflict) that cannot be merged, and why.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

/// <summary>The field search of spec 5.3.2 (FieldsInSetCanMerge, SameResponseShape) over fields and fragments.</summary>
internal sealed class FieldConflictFinder
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int ComplexityBudget = 500_000;

    private readonly ValidationContext _context;
    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = [];
    private readonly Dictionary<(CollectedFields, FragmentDefinitionNode?), bool> _comparedFieldsAndFragments = [];
    private readonly Dictionary<(FragmentDefinitionNode, FragmentDefinitionNode), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<IValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = ComplexityBudget;

    public FieldConflictFinder(ValidationContext context) => _context = context;

    public List<FieldConflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = Collect(parentType, selectionSet);
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
        if (collected.Spreads.Count != 0 && (collected.Groups.Count != 0 || collected.Spreads.Count > 1))
        {
            var fragments = FragmentsOf(collected);
            for (var i = 0; i < fragments.Count; i++)
            {
                CollectBetweenFieldsAndFragment(conflicts, false, collected, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    CollectBetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }
        return conflicts;
    }

    private void CollectBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected, FragmentDefinitionNode? fragment)
    {
        Spend(1);
        if (collected.Groups.Count == 0) return;
        if (WasCompared(_comparedFieldsAndFragments, (collected, fragment), mutuallyExclusive)) return;
        _comparedFieldsAndFragments[(collected, fragment)] = mutuallyExclusive;
        if (fragment is null) return;
        var collected2 = CollectFragment(fragment);
        var referenced = FragmentsOf(collected2);
        if (ReferenceEquals(collected, collected2)) return;
        CollectBetween(conflicts, mutuallyExclusive, collected, collected2);
        foreach (var next in referenced) CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, next);
    }

    private void CollectBetweenFragments(List<FieldConflict> conflicts, bool mutuallyExclusive, FragmentDefinitionNode? fragment1, FragmentDefinitionNode? fragment2)
    {
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2)) return;
        if (fragment1 is not null && fragment2 is not null)
        {
            if (WasCompared(_comparedFragmentPairs, (fragment1, fragment2), mutuallyExclusive)
                || WasCompared(_comparedFragmentPairs, (fragment2, fragment1), mutuallyExclusive))
            {
                return;
            }
            _comparedFragmentPairs[(fragment1, fragment2)] = mutuallyExclusive;
        }
        if (fragment1 is null || fragment2 is null) return;
        var collected1 = CollectFragment(fragment1);
        var referenced1 = FragmentsOf(collected1);
        var collected2 = CollectFragment(fragment2);
        var referenced2 = FragmentsOf(collected2);
        CollectBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var next in referenced2) CollectBetweenFragments(conflicts, mutuallyExclusive, fragment1, next);
        foreach (var next in referenced1) CollectBetweenFragments(conflicts, mutuallyExclusive, next, fragment2);
    }

    /// <summary>A pair compared as not exclusive covers the exclusive case too; one compared as exclusive covers only that.</summary>
    private static bool WasCompared<TKey>(Dictionary<TKey, bool> pairs, TKey key, bool mutuallyExclusive) where TKey : notnull
        => pairs.TryGetValue(key, out var stored) && (mutuallyExclusive || !stored);

    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive,
        NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = Collect(parentType1, selectionSet1);
        var fragments1 = FragmentsOf(collected1);
        var collected2 = Collect(parentType2, selectionSet2);
        var fragments2 = FragmentsOf(collected2);
        CollectBetween(conflicts, mutuallyExclusive, collected1, collected2);
        foreach (var fragment2 in fragments2) CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, fragment2);
        foreach (var fragment1 in fragments1) CollectBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, fragment1);
        foreach (var fragment1 in fragments1)
        {
            foreach (var fragment2 in fragments2) CollectBetweenFragments(conflicts, mutuallyExclusive, fragment1, fragment2);
        }
        return conflicts;
    }

    private void CollectBetween(List<FieldConflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0) return;
        foreach (var (responseName, fields1, fields2) in Overlapping(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict) conflicts.Add(conflict);
                }
            }
        }
    }

    private List<(string, List<FieldDetails>, List<FieldDetails>)> Overlapping(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.Overlaps ??= new(ReferenceEqualityComparer.Instance);
        if (collected1.Overlaps.TryGetValue(collected2, out var cached)) return cached;
        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Groups)
        {
            Spend(1);
            if (collected2.Index.TryGetValue(responseName, out var index)) overlapping.Add((responseName, fields1, collected2.Groups[index].Fields));
        }
        collected1.Overlaps[collected2] = overlapping;
        return overlapping;
    }

    private FieldConflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        var node1 = field1.Node;
        var node2 = field2.Node;
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(field1.Definition?.Type, field2.Definition?.Type)
            && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }
        if (!mutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new FieldConflict(responseName, $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields", [node1], [node2]);
            }
            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new FieldConflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }
        if (field1.Stream is not null || field2.Stream is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.Stream is not null && field2.Stream is not null && SameArguments(field1.Stream.Arguments, field2.Stream.Arguments))
            {
                reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
            }
            return new FieldConflict(responseName, reason, [node1], [node2]);
        }
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }
        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive,
                type1?.NamedType(), selectionSet1, type2?.NamedType(), selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }
        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count) return false;
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            IValueNode? value2 = null;
            foreach (var argument2 in arguments2)
            {
                if (argument2.Name.Value == argument1.Name.Value) value2 = argument2.Value;
            }
            if (value2 is null || ValueKey(argument1.Value) != ValueKey(value2)) return false;
        }
        return true;
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1.IsLeafType() || type2.IsLeafType()) return !ReferenceEquals(type1, type2);
        return false;
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0) message.Append(" and ");
            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new FieldConflict(responseName, MaybeAbbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++) nodes.Add(side[i]);
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    public static string MaybeAbbreviate(string text)
        => text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0) throw new ValidationAbortedException(ValidationAbortedException.Aborted);
    }

    private CollectedFields CollectFragment(FragmentDefinitionNode fragment)
        => Collect(_context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private CollectedFields Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var collected)) return collected;
        collected = new CollectedFields();
        CollectInto(parentType, selectionSet, collected);
        _collected[(parentType, selectionSet)] = collected;
        return collected;
    }

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        var selections = selectionSet.Selections;
        for (var selectionIndex = 0; selectionIndex < selections.Count; selectionIndex++)
        {
            var selection = selections[selectionIndex];
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    DirectiveNode? stream = null;
                    foreach (var directive in field.Directives)
                    {
                        if (directive.Name.Value == "stream") { stream = directive; break; }
                    }
                    collected.Add(field.ResponseName, new FieldDetails(parentType, field, definition,
                        field.Arguments.Count == 0 && field.SelectionSet is null && stream is null, stream));
                    break;
                case FragmentSpreadNode spread:
                    collected.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? _context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectInto(inlineType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    /// <summary>The distinct fragments spread directly in a collected selection (null stands for unknown fragments).</summary>
    private List<FragmentDefinitionNode?> FragmentsOf(CollectedFields collected)
    {
        if (collected.Fragments is not null) return collected.Fragments;
        var fragments = new List<FragmentDefinitionNode?>(collected.Spreads.Count);
        foreach (var spread in collected.Spreads)
        {
            Spend(1);
            var fragment = _context.GetFragment(spread.Name.Value);
            if (!fragments.Contains(fragment)) fragments.Add(fragment);
        }
        return collected.Fragments = fragments;
    }

    /// <summary>A value's structure as a string, object fields sorted by name, so equal arguments compare equal.</summary>
    private string ValueKey(IValueNode value)
    {
        if (_valueKeys.TryGetValue(value, out var key)) return key;
        var builder = new StringBuilder();
        AppendValueKey(builder, value);
        key = builder.ToString();
        _valueKeys[value] = key;
        return key;
    }

    private static void AppendValueKey(StringBuilder builder, IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: builder.Append("$\"").Append(Escape(variable.Name.Value)).Append('"'); break;
            case IntValueNode i: builder.Append("i\"").Append(i.Value).Append('"'); break;
            case FloatValueNode f: builder.Append("f\"").Append(f.Value).Append('"'); break;
            case StringValueNode s: builder.Append(s.Block ? "b\"" : "s\"").Append(Escape(s.Value)).Append('"'); break;
            case BooleanValueNode b: builder.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: builder.Append("null"); break;
            case EnumValueNode e: builder.Append("e\"").Append(Escape(e.Value)).Append('"'); break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Items) { AppendValueKey(builder, item); builder.Append(','); }
                builder.Append(']');
                break;
            case ObjectValueNode obj:
                // Stable ordinal sort by name (insertion sort: literals are small), as graphql-js sorts before comparing.
                var ordered = new List<ObjectFieldNode>(obj.Fields.Count);
                foreach (var candidate in obj.Fields)
                {
                    var at = ordered.Count;
                    while (at > 0 && string.CompareOrdinal(ordered[at - 1].Name.Value, candidate.Name.Value) > 0) at--;
                    ordered.Insert(at, candidate);
                }
                builder.Append('{');
                foreach (var field in ordered)
                {
                    builder.Append('"').Append(Escape(field.Name.Value)).Append("\":");
                    AppendValueKey(builder, field.Value);
                    builder.Append(',');
                }
                builder.Append('}');
                break;
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private sealed record FieldDetails(NamedType? ParentType, FieldNode Node, Field? Definition, bool IsSimpleLeaf, DirectiveNode? Stream);

    private sealed class CollectedFields
    {
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);
        public List<FragmentSpreadNode> Spreads { get; } = [];
        public List<FragmentDefinitionNode?>? Fragments { get; set; }
        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlaps { get; set; }

        public void Add(string responseName, FieldDetails details)
        {
            if (Index.TryGetValue(responseName, out var index))
            {
                Groups[index].Fields.Add(details);
                return;
            }
            Index[responseName] = Groups.Count;
            Groups.Add((responseName, [details]));
        }
    }
}
