namespace Federation.GraphQL.Types;

public interface IHasName
{
    string Name { get; }
}
