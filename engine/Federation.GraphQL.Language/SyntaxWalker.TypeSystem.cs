namespace Federation.GraphQL.Language;

// Enter, visit and leave for type-system nodes (spec 3). A type extension is visited as its definition kind; see IsExtension.
public abstract partial class SyntaxWalker
{
    protected virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node) => Enter(node);
    protected virtual void LeaveSchemaDefinition(SchemaDefinitionNode node) => Leave(node);

    protected virtual void VisitSchemaDefinition(SchemaDefinitionNode node)
    {
        if (!Entered(EnterSchemaDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        VisitAll(node.Directives);
        VisitAll(node.OperationTypes);

        if (!_stopped) LeaveSchemaDefinition(node);
    }

    protected virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node) => Enter(node);
    protected virtual void LeaveSchemaExtension(SchemaExtensionNode node) => Leave(node);

    protected virtual void VisitSchemaExtension(SchemaExtensionNode node)
    {
        if (!Entered(EnterSchemaExtension(node)))
        {
            return;
        }

        VisitAll(node.Directives);
        VisitAll(node.OperationTypes);

        if (!_stopped) LeaveSchemaExtension(node);
    }

    protected virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitOperationTypeDefinition(OperationTypeDefinitionNode node)
    {
        if (!Entered(EnterOperationTypeDefinition(node)))
        {
            return;
        }

        Visit(node.Type);

        if (!_stopped) LeaveOperationTypeDefinition(node);
    }

    protected virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitScalarTypeDefinition(ScalarTypeDefinitionNode node)
    {
        if (!Entered(EnterScalarTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);

        if (!_stopped) LeaveScalarTypeDefinition(node);
    }

    protected virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitObjectTypeDefinition(ObjectTypeDefinitionNode node)
    {
        if (!Entered(EnterObjectTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);

        if (!_stopped) LeaveObjectTypeDefinition(node);
    }

    protected virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node) => Enter(node);
    protected virtual void LeaveFieldDefinition(FieldDefinitionNode node) => Leave(node);

    protected virtual void VisitFieldDefinition(FieldDefinitionNode node)
    {
        if (!Entered(EnterFieldDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Arguments);
        Visit((SyntaxNode)node.Type);
        VisitAll(node.Directives);

        if (!_stopped) LeaveFieldDefinition(node);
    }

    protected virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node) => Enter(node);
    protected virtual void LeaveInputValueDefinition(InputValueDefinitionNode node) => Leave(node);

    protected virtual void VisitInputValueDefinition(InputValueDefinitionNode node)
    {
        if (!Entered(EnterInputValueDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        Visit((SyntaxNode)node.Type);
        if (node.DefaultValue is not null) Visit((SyntaxNode)node.DefaultValue);
        VisitAll(node.Directives);

        if (!_stopped) LeaveInputValueDefinition(node);
    }

    protected virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitInterfaceTypeDefinition(InterfaceTypeDefinitionNode node)
    {
        if (!Entered(EnterInterfaceTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Interfaces);
        VisitAll(node.Directives);
        VisitAll(node.Fields);

        if (!_stopped) LeaveInterfaceTypeDefinition(node);
    }

    protected virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitUnionTypeDefinition(UnionTypeDefinitionNode node)
    {
        if (!Entered(EnterUnionTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Types);

        if (!_stopped) LeaveUnionTypeDefinition(node);
    }

    protected virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitEnumTypeDefinition(EnumTypeDefinitionNode node)
    {
        if (!Entered(EnterEnumTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Values);

        if (!_stopped) LeaveEnumTypeDefinition(node);
    }

    protected virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => Enter(node);
    protected virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node) => Leave(node);

    protected virtual void VisitEnumValueDefinition(EnumValueDefinitionNode node)
    {
        if (!Entered(EnterEnumValueDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);

        if (!_stopped) LeaveEnumValueDefinition(node);
    }

    protected virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => Enter(node);
    protected virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => Leave(node);

    protected virtual void VisitInputObjectTypeDefinition(InputObjectTypeDefinitionNode node)
    {
        if (!Entered(EnterInputObjectTypeDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Directives);
        VisitAll(node.Fields);

        if (!_stopped) LeaveInputObjectTypeDefinition(node);
    }

    protected virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => Enter(node);
    protected virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node) => Leave(node);

    protected virtual void VisitDirectiveDefinition(DirectiveDefinitionNode node)
    {
        if (!Entered(EnterDirectiveDefinition(node)))
        {
            return;
        }

        if (node.Description is not null) Visit(node.Description);
        Visit(node.Name);
        VisitAll(node.Arguments);
        VisitAll(node.Locations);

        if (!_stopped) LeaveDirectiveDefinition(node);
    }
}
