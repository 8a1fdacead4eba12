namespace Kamaelia.Hosting.Tests.Components;

/// <summary>Throws on its first step; and again from its close-down, when given a second exception.</summary>
internal sealed class Throws(Exception fault, Exception? closeDownFault = null) : Component
{
    protected override IEnumerable<object?> Main()
    {
        throw fault;
    }

    protected override void OnClosedDown()
    {
        if (closeDownFault is not null)
        {
            throw closeDownFault;
        }
    }
}
