namespace Kamaelia.Reliability.Tests.Support;

/// <summary>A numbered data message: its origin (a source) and its place in that source's sequence.</summary>
internal sealed record Msg(int Origin, int Seq)
{
    public override string ToString() => $"{Origin}:{Seq}";
}
