namespace Axon;

/// <summary>A generic status report.</summary>
public sealed class Status : Ipc
{
    /// <summary>Creates the report.</summary>
    public Status(string text) => Text = text;

    /// <summary>The status text.</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
