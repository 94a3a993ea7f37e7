namespace Federation.GraphQL.Language;

/// <summary>What a walker does after entering a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the children, then leave the node.</summary>
    Continue,
    /// <summary>Do not visit the children and do not call Leave for this node.</summary>
    Skip,
    /// <summary>Stop the whole walk.</summary>
    Break,
}

/// <summary>
/// Depth-first walk over a syntax tree, children in source order. For every node kind there is an
/// <c>EnterX</c> hook (returning <see cref="VisitAction"/>), a <c>LeaveX</c> hook and a <c>VisitX</c> method that walks
/// the children; all are virtual. By default the per-kind hooks call the general <see cref="Enter"/> and
/// <see cref="Leave"/>. The walk allocates nothing.
/// </summary>
public abstract partial class SyntaxWalker
{
    private bool _stopped;

    /// <summary>Walks <paramref name="node"/> and everything below it.</summary>
    public void Walk(SyntaxNode node)
    {
        _stopped = false;
        Visit(node);
    }

    /// <summary>True once a hook returned <see cref="VisitAction.Break"/>.</summary>
    protected bool Stopped => _stopped;

    /// <summary>Called on entering any node unless a per-kind hook is overridden.</summary>
    protected virtual VisitAction Enter(SyntaxNode node) => VisitAction.Continue;

    /// <summary>Called on leaving any node unless a per-kind hook is overridden.</summary>
    protected virtual void Leave(SyntaxNode node)
    {
    }

    /// <summary>Dispatches on the node kind.</summary>
    protected void Visit(SyntaxNode node)
    {
        if (_stopped)
        {
            return;
        }

        switch (node.Kind)
        {
            case SyntaxKind.Document: VisitDocument((DocumentNode)node); break;
            case SyntaxKind.OperationDefinition: VisitOperationDefinition((OperationDefinitionNode)node); break;
            case SyntaxKind.VariableDefinition: VisitVariableDefinition((VariableDefinitionNode)node); break;
            case SyntaxKind.SelectionSet: VisitSelectionSet((SelectionSetNode)node); break;
            case SyntaxKind.Field: VisitField((FieldNode)node); break;
            case SyntaxKind.Argument: VisitArgument((ArgumentNode)node); break;
            case SyntaxKind.FragmentSpread: VisitFragmentSpread((FragmentSpreadNode)node); break;
            case SyntaxKind.InlineFragment: VisitInlineFragment((InlineFragmentNode)node); break;
            case SyntaxKind.FragmentDefinition: VisitFragmentDefinition((FragmentDefinitionNode)node); break;
            case SyntaxKind.Directive: VisitDirective((DirectiveNode)node); break;
            case SyntaxKind.Name: VisitName((NameNode)node); break;
            case SyntaxKind.Variable: VisitVariable((VariableNode)node); break;
            case SyntaxKind.IntValue: VisitIntValue((IntValueNode)node); break;
            case SyntaxKind.FloatValue: VisitFloatValue((FloatValueNode)node); break;
            case SyntaxKind.StringValue: VisitStringValue((StringValueNode)node); break;
            case SyntaxKind.BooleanValue: VisitBooleanValue((BooleanValueNode)node); break;
            case SyntaxKind.NullValue: VisitNullValue((NullValueNode)node); break;
            case SyntaxKind.EnumValue: VisitEnumValue((EnumValueNode)node); break;
            case SyntaxKind.ListValue: VisitListValue((ListValueNode)node); break;
            case SyntaxKind.ObjectValue: VisitObjectValue((ObjectValueNode)node); break;
            case SyntaxKind.ObjectField: VisitObjectField((ObjectFieldNode)node); break;
            case SyntaxKind.NamedType: VisitNamedType((NamedTypeNode)node); break;
            case SyntaxKind.ListType: VisitListType((ListTypeNode)node); break;
            case SyntaxKind.NonNullType: VisitNonNullType((NonNullTypeNode)node); break;
            case SyntaxKind.SchemaDefinition: VisitSchemaDefinition((SchemaDefinitionNode)node); break;
            case SyntaxKind.SchemaExtension: VisitSchemaExtension((SchemaExtensionNode)node); break;
            case SyntaxKind.OperationTypeDefinition: VisitOperationTypeDefinition((OperationTypeDefinitionNode)node); break;
            case SyntaxKind.ScalarTypeDefinition: VisitScalarTypeDefinition((ScalarTypeDefinitionNode)node); break;
            case SyntaxKind.ScalarTypeExtension: VisitScalarTypeDefinition((ScalarTypeDefinitionNode)node); break;
            case SyntaxKind.ObjectTypeDefinition: VisitObjectTypeDefinition((ObjectTypeDefinitionNode)node); break;
            case SyntaxKind.ObjectTypeExtension: VisitObjectTypeDefinition((ObjectTypeDefinitionNode)node); break;
            case SyntaxKind.FieldDefinition: VisitFieldDefinition((FieldDefinitionNode)node); break;
            case SyntaxKind.InputValueDefinition: VisitInputValueDefinition((InputValueDefinitionNode)node); break;
            case SyntaxKind.InterfaceTypeDefinition: VisitInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node); break;
            case SyntaxKind.InterfaceTypeExtension: VisitInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node); break;
            case SyntaxKind.UnionTypeDefinition: VisitUnionTypeDefinition((UnionTypeDefinitionNode)node); break;
            case SyntaxKind.UnionTypeExtension: VisitUnionTypeDefinition((UnionTypeDefinitionNode)node); break;
            case SyntaxKind.EnumTypeDefinition: VisitEnumTypeDefinition((EnumTypeDefinitionNode)node); break;
            case SyntaxKind.EnumTypeExtension: VisitEnumTypeDefinition((EnumTypeDefinitionNode)node); break;
            case SyntaxKind.EnumValueDefinition: VisitEnumValueDefinition((EnumValueDefinitionNode)node); break;
            case SyntaxKind.InputObjectTypeDefinition: VisitInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node); break;
            case SyntaxKind.InputObjectTypeExtension: VisitInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node); break;
            case SyntaxKind.DirectiveDefinition: VisitDirectiveDefinition((DirectiveDefinitionNode)node); break;
            default: throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node));
        }
    }

    protected void VisitAll<T>(IReadOnlyList<T> nodes)
    {
        for (var i = 0; i < nodes.Count && !_stopped; i++)
        {
            Visit((SyntaxNode)(object)nodes[i]!);
        }
    }

    private bool Entered(VisitAction action)
    {
        if (action == VisitAction.Break)
        {
            _stopped = true;
        }

        return action == VisitAction.Continue && !_stopped;
    }
}
