namespace Axon;

/// <summary>
/// The root of Axon's inter-component messages. None of them carries behaviour: their meaning is the
/// convention that components follow when they receive one.
/// </summary>
public abstract class Ipc
{
}
