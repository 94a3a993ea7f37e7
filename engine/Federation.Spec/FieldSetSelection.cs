using System.Text;
using Federation.GraphQL.Language;

namespace Federation.Spec;

/// <summary>One selection of a <see cref="FieldSet"/>: a <see cref="FieldSetField"/> or a <see cref="FieldSetInlineFragment"/>.</summary>
public abstract class FieldSetSelection
{
    private protected FieldSetSelection(IReadOnlyList<FieldSetSelection> selections, SyntaxNode syntax)
    {
        Selections = selections;
        Syntax = syntax;
    }

    /// <summary>The nested selections (empty for a leaf field).</summary>
    public IReadOnlyList<FieldSetSelection> Selections { get; }

    public SyntaxNode Syntax { get; }

    internal static string Print(IReadOnlyList<FieldSetSelection> selections)
    {
        var sb = new StringBuilder();
        Append(sb, selections);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IReadOnlyList<FieldSetSelection> selections)
    {
        for (var i = 0; i < selections.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            switch (selections[i])
            {
                case FieldSetField f:
                    if (f.Alias is not null) sb.Append(f.Alias).Append(": ");
                    sb.Append(f.Name);
                    break;
                case FieldSetInlineFragment fragment:
                    sb.Append("...");
                    if (fragment.TypeCondition is not null) sb.Append(" on ").Append(fragment.TypeCondition);
                    break;
            }
            if (selections[i].Selections.Count == 0) continue;
            sb.Append(" { ");
            Append(sb, selections[i].Selections);
            sb.Append(" }");
        }
    }
}
