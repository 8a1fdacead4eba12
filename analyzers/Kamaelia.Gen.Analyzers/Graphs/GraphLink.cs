using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>One end of a link in a graph: the node's name and the box's name, with where each was written.</summary>
internal sealed record GraphEndpoint(string Node, Location NodeLocation, string Box, Location BoxLocation);

/// <summary>A link in a graph, from a source endpoint to a destination endpoint.</summary>
internal sealed record GraphLink(GraphEndpoint From, GraphEndpoint To, Location Location);
