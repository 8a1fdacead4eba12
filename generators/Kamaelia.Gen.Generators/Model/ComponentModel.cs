namespace Kamaelia.Gen.Generators.Model;

/// <summary>Everything the generator writes for one component class, as plain values.</summary>
/// <param name="Hierarchy">Where the class sits.</param>
/// <param name="DisplayName">The class's name as shown in descriptors and graphs.</param>
/// <param name="Boxes">The boxes in declaration order (Axon's standard four when none is declared).</param>
/// <param name="HandlerLoop">The generated main loop, or null when the class has no valid handlers.</param>
/// <param name="Graph">The declarative graph, or null when the class is not a [Graphline].</param>
/// <param name="HidesInheritedDeclaration">True when a base class has a generated Declaration that this one hides.</param>
/// <param name="BoxUse">What the class's code reads and sends on, when it declares its boxes; else null.</param>
/// <param name="MetadataName">The class's metadata name, to find it again should emitting it fail.</param>
/// <param name="InheritsBoxes">True when the class declares no boxes and has its base's: no boxes file is written for it.</param>
internal sealed record ComponentModel(
    HierarchyInfo Hierarchy,
    string DisplayName,
    EquatableArray<BoxModel> Boxes,
    HandlerLoopModel? HandlerLoop,
    GraphModel? Graph,
    bool HidesInheritedDeclaration,
    BoxUseModel? BoxUse,
    string MetadataName,
    bool InheritsBoxes = false);
