using Kamaelia.Chassis;
using Kamaelia.Tests.Support;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class PipelineConstructionTests
{
    [Fact]
    public void APipelineOfNoStagesIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Pipeline());

        Assert.Contains("at least one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStageMissingAStandardBoxIsRejectedNamingTheComponentAndTheBox()
    {
        var stage = new NoControlBoxes();

        var error = Assert.Throws<ArgumentException>(() => new Pipeline(new PassThrough(), stage));

        Assert.Contains(stage.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains("\"control\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameComponentCannotBeTwoStages()
    {
        var stage = new PassThrough();

        Assert.Throws<ArgumentException>(() => new Pipeline(stage, stage));
    }
}
