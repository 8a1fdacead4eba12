namespace Kamaelia.Gen.Package.Tests;

/// <summary>The tests that use the packed Kamaelia.Gen share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Kamaelia.Gen package";
}
