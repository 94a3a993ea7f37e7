namespace Federation.Gateway.Planning;

/// <summary>An operation that the planner cannot plan over the supergraph.</summary>
public sealed class PlanningException(string message) : Exception(message);
