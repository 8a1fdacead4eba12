using Kamaelia.Chassis;
using Kamaelia.Util;

namespace Kamaelia.Tests.Chassis;

public sealed class GraphlineValidationTests
{
    [Theory]
    [InlineData("pig", "B")]
    [InlineData("A", "pig")]
    public void AnUnknownComponentNameIsAnErrorAtConstructionNotTheGraphlineItself(string from, string to)
    {
        var error = Assert.Throws<UnknownGraphChildException>(() => new Graphline(
            components: new() { ["A"] = new PassThrough(), ["B"] = new PassThrough() },
            linkages: new() { [(from, "outbox")] = (to, "inbox") }));

        Assert.Equal("pig", error.ChildName);
        Assert.Contains("'A'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'B'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownBoxNameIsAnErrorNamingTheComponentAndTheBox()
    {
        var target = new PassThrough();

        var error = Assert.Throws<UnknownBoxException>(() => new Graphline(
            components: new() { ["A"] = new PassThrough(), ["B"] = target },
            linkages: new() { [("A", "outbox")] = ("B", "inbx") }));

        Assert.Same(target, error.Component);
        Assert.Equal("inbx", error.BoxName);
        Assert.Equal(BoxDirection.Inbox, error.Direction);
    }

    [Fact]
    public void ALinkageStartingFromAnInboxIsAnUnknownOutbox()
    {
        var error = Assert.Throws<UnknownBoxException>(() => new Graphline(
            components: new() { ["A"] = new PassThrough(), ["B"] = new PassThrough() },
            linkages: new() { [("A", "inbox")] = ("B", "inbox") }));

        Assert.Equal(BoxDirection.Outbox, error.Direction);
        Assert.Contains("is an inbox", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("self")]
    [InlineData("")]
    public void AChildCannotBeNamedAfterTheGraphlineItself(string name) =>
        Assert.Throws<ArgumentException>(() => new Graphline(
            components: new() { [name] = new PassThrough() },
            linkages: []));

    [Fact]
    public void ALinkageFromTheGraphlineToItselfIsRejected() =>
        Assert.Throws<ArgumentException>(() => new Graphline(
            components: new() { ["A"] = new PassThrough() },
            linkages: new() { [("self", "inbox")] = ("", "outbox") }));
}
