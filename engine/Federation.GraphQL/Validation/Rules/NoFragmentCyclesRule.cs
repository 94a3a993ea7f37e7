using System.Text;
using Federation.GraphQL.Language;

namespace Federation.GraphQL.Validation.Rules;

/// <summary>Spec 5.5.2.2 Fragment Spreads Must Not Form Cycles.</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override RuleHooks Hooks => RuleHooks.EnterFragmentDefinition;

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycle(node);

    private void DetectCycle(FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName)) return;
        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0) return;
        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment) DetectCycle(spreadFragment);
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = new StringBuilder();
                for (var i = 0; i < cyclePath.Count - 1; i++)
                {
                    if (i > 0) via.Append(", ");
                    via.Append('"').Append(cyclePath[i].Name.Value).Append('"');
                }
                ReportError($"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    [.. cyclePath]);
            }
            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }
        _spreadPathIndexByName.Remove(fragmentName);
    }
}
