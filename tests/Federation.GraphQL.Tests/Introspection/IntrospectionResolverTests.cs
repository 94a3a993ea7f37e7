using Federation.GraphQL.Language;
using Federation.GraphQL.Types;
using IntrospectionSystem = Federation.GraphQL.Introspection.Introspection;

namespace Federation.GraphQL.Tests.Introspection;

/// <summary>The introspection resolvers called directly on a hand-built schema model.</summary>
public sealed class IntrospectionResolverTests
{
    private static ObjectType T(string name) => (ObjectType)IntrospectionSystem.Types.First(t => t.Name == name);

    private static readonly Dictionary<string, object?> IncludeDeprecated = new() { ["includeDeprecated"] = true };
    private static readonly Dictionary<string, object?> ExcludeDeprecated = new() { ["includeDeprecated"] = false };

    private sealed record Model(Schema Schema, ObjectType Query, ObjectType Dog, InterfaceType Pet, UnionType Search,
        EnumType Color, InputObjectType Filter, ScalarType Date, DirectiveDefinition Tag);

    private static Model Build()
    {
        var pet = new InterfaceType("Pet", "A pet");
        pet.Fields.Add(new Field("name", new NonNullType(BuiltInTypes.String)));
        var dog = new ObjectType("Dog");
        dog.Interfaces.Add(pet);
        dog.Fields.Add(new Field("name", new NonNullType(BuiltInTypes.String)));
        dog.Fields.Add(new Field("barks", BuiltInTypes.Boolean) { DeprecationReason = "Use noise." });
        dog.Fields.Add(new Field("noise", BuiltInTypes.String));
        var cat = new ObjectType("Cat");
        cat.Interfaces.Add(pet);
        cat.Fields.Add(new Field("name", new NonNullType(BuiltInTypes.String)));
        var search = new UnionType("Search");
        search.Types.Add(cat);
        search.Types.Add(dog);
        var color = new EnumType("Color");
        color.Values.Add(new EnumValue("RED"));
        color.Values.Add(new EnumValue("BLUE", deprecationReason: "No longer supported"));
        var filter = new InputObjectType("Filter") { IsOneOf = true };
        filter.Fields.Add(new InputValue("byName", BuiltInTypes.String));
        filter.Fields.Add(new InputValue("byColor", color) { DeprecationReason = "gone" });
        var date = new TestScalar("Date") { SpecifiedByUrl = "https://example.com/date" };
        var query = new ObjectType("Query");
        var pets = new Field("pets", new NonNullType(new ListType(new NonNullType(pet))));
        pets.Arguments.Add(new InputValue("filter", filter));
        pets.Arguments.Add(new InputValue("old", BuiltInTypes.Int) { DeprecationReason = "old" });
        query.Fields.Add(pets);
        query.Fields.Add(new Field("search", new ListType(search)));
        query.Fields.Add(new Field("today", date));
        var tag = new DirectiveDefinition("tag", [DirectiveLocation.FieldDefinition, DirectiveLocation.Object], "Tags", isRepeatable: true);
        tag.Arguments.Add(new InputValue("name", new NonNullType(BuiltInTypes.String)));
        var schema = new Schema(query, null, null,
            [query, pet, dog, cat, search, color, filter, date, BuiltInTypes.String, BuiltInTypes.Boolean, BuiltInTypes.Int, .. IntrospectionSystem.Types],
            [tag], "The schema");
        return new Model(schema, query, dog, pet, search, color, filter, date, tag);
    }

    [Fact]
    public async Task Schema_Field_Returns_The_Schema_Of_The_Context()
    {
        var m = Build();
        var field = IntrospectionSystem.SchemaField;
        Assert.Same(m.Schema, await field.Resolver!(new FakeResolverContext(m.Schema, m.Query, field, null)));
        Assert.Equal("__Schema!", field.Type.ToString());
    }

    [Fact]
    public async Task Type_Field_Looks_Up_By_Name_And_Returns_Null_For_Unknown_Names()
    {
        var m = Build();
        var field = IntrospectionSystem.TypeField;
        Assert.Same(m.Dog, await field.Resolver!(new FakeResolverContext(m.Schema, m.Query, field, null, new Dictionary<string, object?> { ["name"] = "Dog" })));
        Assert.Null(await field.Resolver!(new FakeResolverContext(m.Schema, m.Query, field, null, new Dictionary<string, object?> { ["name"] = "Nope" })));
    }

    [Fact]
    public async Task TypeName_Field_Returns_The_Runtime_Object_Type_Name()
    {
        var m = Build();
        var field = IntrospectionSystem.TypeNameField;
        Assert.Equal("Dog", await field.Resolver!(new FakeResolverContext(m.Schema, m.Dog, field, new object())));
    }

    [Fact]
    public async Task Schema_Types_Lists_Schema_Types_In_Schema_Order()
    {
        var m = Build();
        var types = (IEnumerable<NamedType>)(await FakeResolverContext.Resolve(m.Schema, T("__Schema"), "types", m.Schema))!;
        Assert.Equal(m.Schema.Types.Select(t => t.Name), types.Select(t => t.Name));
        Assert.Equal("The schema", await FakeResolverContext.Resolve(m.Schema, T("__Schema"), "description", m.Schema));
        Assert.Same(m.Query, await FakeResolverContext.Resolve(m.Schema, T("__Schema"), "queryType", m.Schema));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Schema"), "mutationType", m.Schema));
    }

    [Fact]
    public async Task Type_Fields_Hides_Deprecated_Fields_Unless_Asked()
    {
        var m = Build();
        var hidden = (IEnumerable<Field>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "fields", m.Dog, ExcludeDeprecated))!;
        var all = (IEnumerable<Field>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "fields", m.Dog, IncludeDeprecated))!;
        Assert.Equal(["name", "noise"], hidden.Select(f => f.Name));
        Assert.Equal(["name", "barks", "noise"], all.Select(f => f.Name));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "fields", m.Color, IncludeDeprecated));
    }

    [Fact]
    public async Task Type_Kind_Name_And_OfType_Describe_Wrappers()
    {
        var m = Build();
        var type = m.Query.GetField("pets")!.Type;
        Assert.Equal(TypeKind.NonNull, await FakeResolverContext.Resolve(m.Schema, T("__Type"), "kind", type));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "name", type));
        var list = await FakeResolverContext.Resolve(m.Schema, T("__Type"), "ofType", type);
        Assert.Equal(TypeKind.List, await FakeResolverContext.Resolve(m.Schema, T("__Type"), "kind", list));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "ofType", m.Pet));
        Assert.Equal("Pet", await FakeResolverContext.Resolve(m.Schema, T("__Type"), "name", m.Pet));
        Assert.Equal("A pet", await FakeResolverContext.Resolve(m.Schema, T("__Type"), "description", m.Pet));
    }

    [Fact]
    public async Task Type_PossibleTypes_And_Interfaces_Follow_The_Schema()
    {
        var m = Build();
        var ofPet = (IEnumerable<ObjectType>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "possibleTypes", m.Pet))!;
        Assert.Equal(["Dog", "Cat"], ofPet.Select(t => t.Name));
        var ofSearch = (IEnumerable<ObjectType>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "possibleTypes", m.Search))!;
        Assert.Equal(["Cat", "Dog"], ofSearch.Select(t => t.Name));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "possibleTypes", m.Dog));
        var interfaces = (IEnumerable<InterfaceType>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "interfaces", m.Dog))!;
        Assert.Equal(["Pet"], interfaces.Select(t => t.Name));
        Assert.Empty((IEnumerable<InterfaceType>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "interfaces", m.Pet))!);
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "interfaces", m.Search));
    }

    [Fact]
    public async Task Type_EnumValues_And_InputFields_Hide_Deprecated_Unless_Asked()
    {
        var m = Build();
        var values = (IEnumerable<EnumValue>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "enumValues", m.Color, ExcludeDeprecated))!;
        Assert.Equal(["RED"], values.Select(v => v.Name));
        values = (IEnumerable<EnumValue>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "enumValues", m.Color, IncludeDeprecated))!;
        Assert.Equal(["RED", "BLUE"], values.Select(v => v.Name));
        var fields = (IEnumerable<InputValue>)(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "inputFields", m.Filter, ExcludeDeprecated))!;
        Assert.Equal(["byName"], fields.Select(v => v.Name));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "inputFields", m.Dog, IncludeDeprecated));
    }

    [Fact]
    public async Task Type_IsOneOf_Is_Null_Except_For_Input_Objects()
    {
        var m = Build();
        Assert.Equal(true, await FakeResolverContext.Resolve(m.Schema, T("__Type"), "isOneOf", m.Filter));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "isOneOf", m.Dog));
    }

    [Fact]
    public async Task Type_SpecifiedByURL_Reads_Custom_Scalars()
    {
        var m = Build();
        Assert.Equal("https://example.com/date", await FakeResolverContext.Resolve(m.Schema, T("__Type"), "specifiedByURL", m.Date));
        Assert.Null(await FakeResolverContext.Resolve(m.Schema, T("__Type"), "specifiedByURL", m.Dog));
    }

    [Fact]
    public async Task Field_Args_Hide_Deprecated_Arguments_Unless_Asked()
    {
        var m = Build();
        var pets = m.Query.GetField("pets")!;
        var args = (IEnumerable<InputValue>)(await FakeResolverContext.Resolve(m.Schema, T("__Field"), "args", pets, ExcludeDeprecated))!;
        Assert.Equal(["filter"], args.Select(a => a.Name));
        args = (IEnumerable<InputValue>)(await FakeResolverContext.Resolve(m.Schema, T("__Field"), "args", pets, IncludeDeprecated))!;
        Assert.Equal(["filter", "old"], args.Select(a => a.Name));
        var barks = m.Dog.GetField("barks")!;
        Assert.Equal(true, await FakeResolverContext.Resolve(m.Schema, T("__Field"), "isDeprecated", barks));
        Assert.Equal("Use noise.", await FakeResolverContext.Resolve(m.Schema, T("__Field"), "deprecationReason", barks));
    }

    [Fact]
    public async Task Directive_Fields_Describe_The_Definition()
    {
        var m = Build();
        var directive = T("__Directive");
        Assert.Equal("tag", await FakeResolverContext.Resolve(m.Schema, directive, "name", m.Tag));
        Assert.Equal(true, await FakeResolverContext.Resolve(m.Schema, directive, "isRepeatable", m.Tag));
        var locations = (IEnumerable<DirectiveLocation>)(await FakeResolverContext.Resolve(m.Schema, directive, "locations", m.Tag))!;
        Assert.Equal([DirectiveLocation.FieldDefinition, DirectiveLocation.Object], locations);
        var directives = (IEnumerable<DirectiveDefinition>)(await FakeResolverContext.Resolve(m.Schema, T("__Schema"), "directives", m.Schema, ExcludeDeprecated))!;
        Assert.Equal(["tag"], directives.Select(d => d.Name));
    }

    [Fact]
    public void Enum_Runtime_Values_Map_To_The_Model()
    {
        var kind = (EnumType)IntrospectionSystem.Types.First(t => t.Name == "__TypeKind");
        Assert.Equal("INPUT_OBJECT", kind.GetValueByRuntimeValue(TypeKind.InputObject)!.Name);
        var location = (EnumType)IntrospectionSystem.Types.First(t => t.Name == "__DirectiveLocation");
        Assert.Equal("FIELD_DEFINITION", location.GetValueByRuntimeValue(DirectiveLocation.FieldDefinition)!.Name);
        Assert.Equal(21, location.Values.Count);
    }

    private sealed class TestScalar(string name) : ScalarType(name)
    {
        public override object? Serialize(object? runtimeValue) => runtimeValue;
        public override object? ParseValue(object? externalValue) => externalValue;
        public override object? ParseLiteral(IValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal;
        public override IValueNode? ValueToLiteral(object? externalValue) => null;
    }
}
