namespace Federation.Spec;

/// <summary>A federation type (a custom scalar such as <c>FieldSet</c>) and the first minor version of v2 that has it.</summary>
public sealed record SpecType(string Name, int Since);
