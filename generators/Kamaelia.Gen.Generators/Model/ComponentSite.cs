using Kamaelia.Gen.Generators.Diagnostics;

namespace Kamaelia.Gen.Generators.Model;

/// <summary>Where a component class is declared, to report a failure to emit it on the class.</summary>
/// <param name="FileNameHint">The class's <see cref="HierarchyInfo.FileNameHint"/>, which names it uniquely.</param>
/// <param name="Location">The class's name in one of its declarations.</param>
internal sealed record ComponentSite(string FileNameHint, LocationInfo Location);
