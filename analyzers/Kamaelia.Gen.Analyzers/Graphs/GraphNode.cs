using Kamaelia.Gen.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Kamaelia.Gen.Analyzers.Graphs;

/// <summary>A child of a graph: its name, its component type's boxes (null when its type is not known), and where it was declared.</summary>
internal sealed record GraphChild(string Name, ComponentShape? Shape, Location Location);
