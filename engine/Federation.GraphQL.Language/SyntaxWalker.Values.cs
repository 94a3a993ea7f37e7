namespace Federation.GraphQL.Language;

// Enter, visit and leave for values and type references (spec 2.9-2.11).
public abstract partial class SyntaxWalker
{
    protected virtual VisitAction EnterVariable(VariableNode node) => Enter(node);
    protected virtual void LeaveVariable(VariableNode node) => Leave(node);

    protected virtual void VisitVariable(VariableNode node)
    {
        if (!Entered(EnterVariable(node)))
        {
            return;
        }

        Visit(node.Name);

        if (!_stopped) LeaveVariable(node);
    }

    protected virtual VisitAction EnterIntValue(IntValueNode node) => Enter(node);
    protected virtual void LeaveIntValue(IntValueNode node) => Leave(node);

    protected virtual void VisitIntValue(IntValueNode node)
    {
        if (!Entered(EnterIntValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveIntValue(node);
    }

    protected virtual VisitAction EnterFloatValue(FloatValueNode node) => Enter(node);
    protected virtual void LeaveFloatValue(FloatValueNode node) => Leave(node);

    protected virtual void VisitFloatValue(FloatValueNode node)
    {
        if (!Entered(EnterFloatValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveFloatValue(node);
    }

    protected virtual VisitAction EnterStringValue(StringValueNode node) => Enter(node);
    protected virtual void LeaveStringValue(StringValueNode node) => Leave(node);

    protected virtual void VisitStringValue(StringValueNode node)
    {
        if (!Entered(EnterStringValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveStringValue(node);
    }

    protected virtual VisitAction EnterBooleanValue(BooleanValueNode node) => Enter(node);
    protected virtual void LeaveBooleanValue(BooleanValueNode node) => Leave(node);

    protected virtual void VisitBooleanValue(BooleanValueNode node)
    {
        if (!Entered(EnterBooleanValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveBooleanValue(node);
    }

    protected virtual VisitAction EnterNullValue(NullValueNode node) => Enter(node);
    protected virtual void LeaveNullValue(NullValueNode node) => Leave(node);

    protected virtual void VisitNullValue(NullValueNode node)
    {
        if (!Entered(EnterNullValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveNullValue(node);
    }

    protected virtual VisitAction EnterEnumValue(EnumValueNode node) => Enter(node);
    protected virtual void LeaveEnumValue(EnumValueNode node) => Leave(node);

    protected virtual void VisitEnumValue(EnumValueNode node)
    {
        if (!Entered(EnterEnumValue(node)))
        {
            return;
        }

        if (!_stopped) LeaveEnumValue(node);
    }

    protected virtual VisitAction EnterListValue(ListValueNode node) => Enter(node);
    protected virtual void LeaveListValue(ListValueNode node) => Leave(node);

    protected virtual void VisitListValue(ListValueNode node)
    {
        if (!Entered(EnterListValue(node)))
        {
            return;
        }

        VisitAll(node.Items);

        if (!_stopped) LeaveListValue(node);
    }

    protected virtual VisitAction EnterObjectValue(ObjectValueNode node) => Enter(node);
    protected virtual void LeaveObjectValue(ObjectValueNode node) => Leave(node);

    protected virtual void VisitObjectValue(ObjectValueNode node)
    {
        if (!Entered(EnterObjectValue(node)))
        {
            return;
        }

        VisitAll(node.Fields);

        if (!_stopped) LeaveObjectValue(node);
    }

    protected virtual VisitAction EnterObjectField(ObjectFieldNode node) => Enter(node);
    protected virtual void LeaveObjectField(ObjectFieldNode node) => Leave(node);

    protected virtual void VisitObjectField(ObjectFieldNode node)
    {
        if (!Entered(EnterObjectField(node)))
        {
            return;
        }

        Visit(node.Name);
        Visit((SyntaxNode)node.Value);

        if (!_stopped) LeaveObjectField(node);
    }

    protected virtual VisitAction EnterNamedType(NamedTypeNode node) => Enter(node);
    protected virtual void LeaveNamedType(NamedTypeNode node) => Leave(node);

    protected virtual void VisitNamedType(NamedTypeNode node)
    {
        if (!Entered(EnterNamedType(node)))
        {
            return;
        }

        Visit(node.Name);

        if (!_stopped) LeaveNamedType(node);
    }

    protected virtual VisitAction EnterListType(ListTypeNode node) => Enter(node);
    protected virtual void LeaveListType(ListTypeNode node) => Leave(node);

    protected virtual void VisitListType(ListTypeNode node)
    {
        if (!Entered(EnterListType(node)))
        {
            return;
        }

        Visit((SyntaxNode)node.Type);

        if (!_stopped) LeaveListType(node);
    }

    protected virtual VisitAction EnterNonNullType(NonNullTypeNode node) => Enter(node);
    protected virtual void LeaveNonNullType(NonNullTypeNode node) => Leave(node);

    protected virtual void VisitNonNullType(NonNullTypeNode node)
    {
        if (!Entered(EnterNonNullType(node)))
        {
            return;
        }

        Visit((SyntaxNode)node.Type);

        if (!_stopped) LeaveNonNullType(node);
    }
}
