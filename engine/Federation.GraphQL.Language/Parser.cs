using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Federation.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (spec section 2, grammar in Appendix C). One <c>partial</c> file per
/// chapter of the grammar. Every failure is a <see cref="GraphQLSyntaxException"/> with graphql-js's message.
/// </summary>
public ref partial struct Parser
{
    private Utf8GraphQLLexer _lexer;
    private readonly bool _noLocations;
    private readonly bool _allowEmptySelectionSets;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;
    private readonly NameTable _names;
    private object?[] _scratch;
    private int _scratchTop;

    private Parser(ReadOnlySpan<byte> source, ParserOptions options)
    {
        _lexer = new Utf8GraphQLLexer(source);
        _noLocations = options.NoLocations;
        _allowEmptySelectionSets = options.AllowEmptySelectionSets;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _names = NameTable.Current;
        _scratch = ArrayPool<object?>.Shared.Rent(64);
        _scratchTop = 0;
        if (source.Length > options.MaxDocumentBytes)
        {
            ThrowTooLarge(source, options.MaxDocumentBytes);
        }
    }

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
        => (DocumentNode)ParseText(source, options ?? ParserOptions.Default, Goal.Document);

    /// <summary>Parses an executable or type-system document from UTF-8 bytes.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
        => (DocumentNode)ParseBytes(utf8, options ?? ParserOptions.Default, Goal.Document);

    /// <summary>Parses a value literal that may contain variables (graphql-js parseValue).</summary>
    public static IValueNode ParseValue(string source, ParserOptions? options = null)
        => (IValueNode)ParseText(source, options ?? ParserOptions.Default, Goal.Value);

    /// <summary>Parses a constant value literal: variables are rejected (graphql-js parseConstValue).</summary>
    public static IValueNode ParseConstValue(string source, ParserOptions? options = null)
        => (IValueNode)ParseText(source, options ?? ParserOptions.Default, Goal.ConstValue);

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js parseType).</summary>
    public static ITypeNode ParseType(string source, ParserOptions? options = null)
        => (ITypeNode)ParseText(source, options ?? ParserOptions.Default, Goal.Type);

    public static IValueNode ParseValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
        => (IValueNode)ParseBytes(utf8, options ?? ParserOptions.Default, Goal.Value);

    public static IValueNode ParseConstValue(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
        => (IValueNode)ParseBytes(utf8, options ?? ParserOptions.Default, Goal.ConstValue);

    public static ITypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
        => (ITypeNode)ParseBytes(utf8, options ?? ParserOptions.Default, Goal.Type);

    private enum Goal
    {
        Document,
        Value,
        ConstValue,
        Type,
    }

    private static object ParseText(string source, ParserOptions options, Goal goal)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > options.MaxDocumentBytes)
        {
            // Every UTF-16 unit is at least one UTF-8 byte: too large before encoding anything.
            ThrowTooLarge(Encoding.UTF8.GetBytes(source[..options.MaxDocumentBytes]), options.MaxDocumentBytes);
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(source.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(source, rented);
            return ParseBytes(rented.AsSpan(0, length), options, goal);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static object ParseBytes(ReadOnlySpan<byte> utf8, ParserOptions options, Goal goal)
    {
        var parser = new Parser(utf8, options);
        try
        {
            if (goal == Goal.Document)
            {
                return parser.ParseDocument();
            }

            parser.Expect(TokenKind.StartOfFile);
            object result = goal == Goal.Type
                ? parser.ParseTypeReference()
                : parser.ParseValueLiteral(goal == Goal.ConstValue);
            parser.Expect(TokenKind.EndOfFile);
            return result;
        }
        finally
        {
            parser.ReturnScratch();
        }
    }

    // Document : Definition+
    private DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        var start = _scratchTop;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        return new DocumentNode(PopArray<IDefinitionNode>(start), _noLocations ? null : new Location(0, _lastEnd, 1, 1));
    }

    // Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension
    private IDefinitionNode ParseDefinition()
    {
        if (_lexer.Kind == TokenKind.BraceL)
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            ThrowAtCurrent("Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            var word = keyword.Raw;
            if (word.SequenceEqual("schema"u8)) return ParseSchemaDefinition();
            if (word.SequenceEqual("scalar"u8)) return ParseScalarTypeDefinition();
            if (word.SequenceEqual("type"u8)) return ParseObjectTypeDefinition();
            if (word.SequenceEqual("interface"u8)) return ParseInterfaceTypeDefinition();
            if (word.SequenceEqual("union"u8)) return ParseUnionTypeDefinition();
            if (word.SequenceEqual("enum"u8)) return ParseEnumTypeDefinition();
            if (word.SequenceEqual("input"u8)) return ParseInputObjectTypeDefinition();
            if (word.SequenceEqual("directive"u8)) return ParseDirectiveDefinition();
            if (word.SequenceEqual("query"u8) || word.SequenceEqual("mutation"u8) || word.SequenceEqual("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (word.SequenceEqual("fragment"u8)) return ParseFragmentDefinition();
            if (hasDescription)
            {
                ThrowAtCurrent("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (word.SequenceEqual("extend"u8)) return ParseTypeSystemExtension();
        }

        throw Unexpected(keyword);
    }

    // ---- token helpers -------------------------------------------------------------------------------------------

    /// <summary>Where a node starts: taken from the current token before it is consumed.</summary>
    private readonly struct Mark
    {
        public Mark(int start, int line, int column)
        {
            Start = start;
            Line = line;
            Column = column;
        }

        public int Start { get; }
        public int Line { get; }
        public int Column { get; }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Mark Begin() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Location? Loc(Mark mark)
        => _noLocations ? null : new Location(mark.Start, _lastEnd, mark.Line, mark.Column);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        _lastEnd = _lexer.End;
        if (_lexer.Read() && ++_tokenCount > _maxTokens)
        {
            ThrowTooManyTokens();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            ThrowExpected(kind);
        }

        Advance();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            ThrowAtCurrent($"Expected \"{Encoding.ASCII.GetString(keyword)}\", found {DescribeToken(_lexer)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(ReadOnlySpan<byte> keyword)
    {
        if (!_lexer.IsName(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>The token after the current one, without consuming anything.</summary>
    private readonly Utf8GraphQLLexer Lookahead()
    {
        var copy = _lexer;
        copy.Read();
        return copy;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    // Name :: NameStart NameContinue*
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            ThrowExpected(TokenKind.Name);
        }

        var mark = Begin();
        var value = _names.Get(_lexer.Raw);
        Advance();
        return new NameNode(value, Loc(mark));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnterNesting()
    {
        // The stack probe is not free: MaxDepth protects normal settings, the probe guards very large MaxDepth values.
        if (++_depth > _maxDepth)
        {
            ThrowTooDeep();
        }

        if ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ThrowAtCurrent("Document is nested too deeply for the available stack. Parsing aborted.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExitNesting() => _depth--;

    // Lists are collected on one scratch stack shared by the whole parse and copied into exact-size arrays, so that a
    // list costs one allocation.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(object item)
    {
        if (_scratchTop == _scratch.Length)
        {
            GrowScratch();
        }

        // The scratch array is exactly object?[]: a plain store, without the covariant array store check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_scratch), _scratchTop++) = item;
    }

    private T[] PopArray<T>(int start) where T : class
    {
        var count = _scratchTop - start;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        var target = result.AsSpan();
        var source = _scratch.AsSpan(start, count);
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = Unsafe.As<T>(source[i]!);
        }

        source.Clear();
        _scratchTop = start;
        return result;
    }

    private void GrowScratch()
    {
        var larger = ArrayPool<object?>.Shared.Rent(_scratch.Length * 2);
        _scratch.AsSpan().CopyTo(larger);
        ArrayPool<object?>.Shared.Return(_scratch, clearArray: true);
        _scratch = larger;
    }

    private void ReturnScratch()
    {
        // Clear what an aborted parse left behind so that the pool holds no syntax nodes.
        _scratch.AsSpan(0, _scratchTop).Clear();
        ArrayPool<object?>.Shared.Return(_scratch);
        _scratch = [];
    }
}
