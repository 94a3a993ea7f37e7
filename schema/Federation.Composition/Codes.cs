namespace Federation.Composition;

/// <summary>Apollo's composition error and hint codes (reference-errors.mdx, reference-composition-hints).</summary>
internal static class Codes
{
    public const string InvalidGraphQL = "INVALID_GRAPHQL";
    public const string UnknownFederationLinkVersion = "UNKNOWN_FEDERATION_LINK_VERSION";
    public const string InvalidLinkDirectiveUsage = "INVALID_LINK_DIRECTIVE_USAGE";
    public const string InvalidSubgraphName = "INVALID_SUBGRAPH_NAME";
    public const string KeyInvalidFields = "KEY_INVALID_FIELDS";
    public const string KeyFieldsHasArgs = "KEY_FIELDS_HAS_ARGS";
    public const string KeyFieldsSelectInvalidType = "KEY_FIELDS_SELECT_INVALID_TYPE";
    public const string RequiresInvalidFields = "REQUIRES_INVALID_FIELDS";
    public const string RequiresFieldsMissingExternal = "REQUIRES_FIELDS_MISSING_EXTERNAL";
    public const string ProvidesInvalidFields = "PROVIDES_INVALID_FIELDS";
    public const string ProvidesFieldsMissingExternal = "PROVIDES_FIELDS_MISSING_EXTERNAL";
    public const string ProvidesOnNonObjectField = "PROVIDES_ON_NON_OBJECT_FIELD";
    public const string ExternalUnused = "EXTERNAL_UNUSED";
    public const string ExternalMissingOnBase = "EXTERNAL_MISSING_ON_BASE";
    public const string TypeKindMismatch = "TYPE_KIND_MISMATCH";
    public const string InvalidFieldSharing = "INVALID_FIELD_SHARING";
    public const string FieldTypeMismatch = "FIELD_TYPE_MISMATCH";
    public const string FieldArgumentTypeMismatch = "FIELD_ARGUMENT_TYPE_MISMATCH";
    public const string FieldArgumentDefaultMismatch = "FIELD_ARGUMENT_DEFAULT_MISMATCH";
    public const string InputFieldDefaultMismatch = "INPUT_FIELD_DEFAULT_MISMATCH";
    public const string RequiredArgumentMissingInSomeSubgraph = "REQUIRED_ARGUMENT_MISSING_IN_SOME_SUBGRAPH";
    public const string RequiredInputFieldMissingInSomeSubgraph = "REQUIRED_INPUT_FIELD_MISSING_IN_SOME_SUBGRAPH";
    public const string EmptyMergedInputType = "EMPTY_MERGED_INPUT_TYPE";
    public const string EmptyMergedEnumType = "EMPTY_MERGED_ENUM_TYPE";
    public const string EnumValueMismatch = "ENUM_VALUE_MISMATCH";
    public const string OverrideSourceHasOverride = "OVERRIDE_SOURCE_HAS_OVERRIDE";
    public const string OverrideFromSelfError = "OVERRIDE_FROM_SELF_ERROR";
    public const string NoQueries = "NO_QUERIES";

    public const string InconsistentDescription = "INCONSISTENT_DESCRIPTION";
    public const string InconsistentButCompatibleFieldType = "INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE";
    public const string InconsistentUnionMember = "INCONSISTENT_UNION_MEMBER";
    public const string InconsistentInputObjectField = "INCONSISTENT_INPUT_OBJECT_FIELD";
    public const string InconsistentEnumValueForOutputEnum = "INCONSISTENT_ENUM_VALUE_FOR_OUTPUT_ENUM";
    public const string InconsistentEnumValueForInputEnum = "INCONSISTENT_ENUM_VALUE_FOR_INPUT_ENUM";
    public const string InconsistentDefaultValuePresence = "INCONSISTENT_DEFAULT_VALUE_PRESENCE";
    public const string InconsistentArgumentPresence = "INCONSISTENT_ARGUMENT_PRESENCE";
}
