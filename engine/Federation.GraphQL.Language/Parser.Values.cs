namespace Federation.GraphQL.Language;

// Spec 2.9 Input Values
public ref partial struct Parser
{
    // Value[Const] :
    //   - [~Const] Variable
    //   - IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    //   - ListValue[?Const] | ObjectValue[?Const]
    private IValueNode ParseValueLiteral(bool isConst)
    {
        var mark = Begin();
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = Utf8Text(_lexer.Raw);
                Advance();
                return new IntValueNode(value, Loc(mark));
            }
            case TokenKind.Float:
            {
                var value = Utf8Text(_lexer.Raw);
                Advance();
                return new FloatValueNode(value, Loc(mark));
            }
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(mark);
            case TokenKind.Dollar:
                if (isConst)
                {
                    ThrowVariableInConstant();
                }

                return ParseVariable();
            default:
                throw Unexpected(_lexer);
        }
    }

    // BooleanValue : one of true false
    // NullValue : null
    // EnumValue : Name but not true, false or null
    private IValueNode ParseNameValue(Mark mark)
    {
        var raw = _lexer.Raw;
        if (raw.SequenceEqual("true"u8) || raw.SequenceEqual("false"u8))
        {
            var boolean = raw.Length == 4;
            Advance();
            return new BooleanValueNode(boolean, Loc(mark));
        }

        if (raw.SequenceEqual("null"u8))
        {
            Advance();
            return _noLocations ? NullValueNode.Default : new NullValueNode(Loc(mark));
        }

        var value = _names.Get(raw);
        Advance();
        return new EnumValueNode(value, Loc(mark));
    }

    // StringValue
    private StringValueNode ParseStringLiteral()
    {
        var mark = Begin();
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.GetStringValue();
        Advance();
        return new StringValueNode(value, block, Loc(mark));
    }

    // Description : StringValue
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    // ListValue[Const] : [ ] | [ Value[?Const]+ ]
    private ListValueNode ParseList(bool isConst)
    {
        var mark = Begin();
        EnterNesting();
        Expect(TokenKind.BracketL);
        List<IValueNode>? items = null;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            (items ??= new List<IValueNode>()).Add(ParseValueLiteral(isConst));
        }

        ExitNesting();
        return new ListValueNode(Finish(items), Loc(mark));
    }

    // ObjectValue[Const] : { } | { ObjectField[?Const]+ }
    private ObjectValueNode ParseObject(bool isConst)
    {
        var mark = Begin();
        EnterNesting();
        Expect(TokenKind.BraceL);
        List<ObjectFieldNode>? fields = null;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            (fields ??= new List<ObjectFieldNode>()).Add(ParseObjectField(isConst));
        }

        ExitNesting();
        return new ObjectValueNode(Finish(fields), Loc(mark));
    }

    // ObjectField[Const] : Name : Value[?Const]
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var mark = Begin();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, Loc(mark));
    }

    private void ThrowVariableInConstant()
    {
        var dollar = _lexer;
        Advance();
        if (_lexer.Kind == TokenKind.Name)
        {
            throw Error(dollar, $"Unexpected variable \"${Utf8Text(_lexer.Raw)}\" in constant value.");
        }

        throw Unexpected(dollar);
    }

    private static string Utf8Text(ReadOnlySpan<byte> raw) => System.Text.Encoding.UTF8.GetString(raw);
}
