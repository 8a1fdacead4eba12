namespace Kamaelia.Gen.Benchmarks.Compilation;

/// <summary>
/// The ten kinds of component a synthetic source file holds, one of each, in this order: five handler
/// components (typed, untyped, two data inboxes), four Main iterators (typed accessors, the by-name API, a
/// container that links its children, one that builds a Pipeline) and one [Graphline] class. Each is named after
/// its kind and its number in the project, so every name is unique.
/// </summary>
internal static class ComponentTemplates
{
    public const int Kinds = 10;

    /// <summary>The text that <see cref="ProjectEdits.EditMethodBody"/> changes: a statement in Measure's handler.</summary>
    public const string BodyEditMarker = "_lines++;";

    /// <summary>The text that <see cref="ProjectEdits.RenameBox"/> changes: Sieve's "log" outbox, used only by name.</summary>
    public const string RenamedBoxMarker = "[Outbox<string>(\"log\", ";

    public static string Name(int kind, int number) => kind switch
    {
        0 => $"Measure{number:D4}",
        1 => $"Format{number:D4}",
        2 => $"Accumulate{number:D4}",
        3 => $"Relay{number:D4}",
        4 => $"Tally{number:D4}",
        5 => $"Sieve{number:D4}",
        6 => $"Shout{number:D4}",
        7 => $"Chain{number:D4}",
        8 => $"Diagram{number:D4}",
        9 => $"Line{number:D4}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// One component. <paramref name="first"/> is the number of the first component in the same file, whose
    /// neighbours the composite kinds use; <paramref name="accumulator"/> is the full name of an Accumulate
    /// component, in an earlier file when there is one, so that files depend on each other.
    /// </summary>
    public static string Write(int kind, int number, int first, string accumulator) => kind switch
    {
        0 => Measure(number),
        1 => Format(number),
        2 => Accumulate(number),
        3 => Relay(number),
        4 => Tally(number),
        5 => Sieve(number),
        6 => Shout(number),
        7 => Chain(number, Name(0, first), Name(1, first + 1), Name(6, first + 6)),
        8 => Diagram(number, Name(0, first), Name(1, first + 1)),
        9 => Line(number, Name(3, first + 3), Name(4, first + 4), accumulator),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Measure(int number) => $$"""
        /// <summary>Measures each line of text.</summary>
        [Inbox<string>("inbox", "lines of text")]
        [Inbox("control")]
        [Outbox<int>("outbox", "the length of each line")]
        [Outbox("signal")]
        public partial class {{Name(0, number)}} : Component
        {
            private int _lines;

            [Handles("inbox")]
            void OnLine(string line)
            {
                {{BodyEditMarker}}
                Outbox.Send(line.Length + (_lines % 3));
            }
        }

        """;

    private static string Format(int number) => $$"""
        /// <summary>Labels numbers.</summary>
        [Inbox<int>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class {{Name(1, number)}} : Component
        {
            [Handles("inbox")]
            void OnNumber(int number) => Outbox.Send("#" + number.ToString(CultureInfo.InvariantCulture));
        }

        """;

    private static string Accumulate(int number) => $$"""
        /// <summary>Keeps a running total, Axon style.</summary>
        [Inbox<int>("inbox", "numbers to add up")]
        [Inbox("control", "stops the component")]
        [Outbox<int>("outbox", "the running total")]
        [Outbox("signal", "shutdown signal")]
        public partial class {{Name(2, number)}} : Component
        {
            private int _total;

            protected override IEnumerable<object?> Main()
            {
                while (!ShutdownRequested())
                {
                    while (Inbox.TryRecv(out var number))
                    {
                        _total += number;
                        Outbox.Send(_total);
                    }

                    if (!AnyReady())
                    {
                        Pause();
                    }

                    yield return null;
                }
            }

            private bool ShutdownRequested()
            {
                if (Control.TryRecv(out var message) && message is ProducerFinished or ShutdownMicroprocess)
                {
                    Signal.Send(new ProducerFinished());
                    return true;
                }

                return false;
            }
        }

        """;

    private static string Relay(int number) => $$"""
        /// <summary>Passes anything on, with Axon's four standard boxes.</summary>
        public partial class {{Name(3, number)}} : Component
        {
            [Handles("inbox")]
            void OnMessage(object message) => Send(message, "outbox");
        }

        """;

    private static string Tally(int number) => $$"""
        /// <summary>Counts messages through the by-name API.</summary>
        [Inbox("inbox")]
        [Inbox("control")]
        [Outbox("outbox")]
        [Outbox("signal")]
        public partial class {{Name(4, number)}} : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var count = 0;
                while (true)
                {
                    while (DataReady("inbox") > 0)
                    {
                        Recv("inbox");
                        count++;
                        Send(count, "outbox");
                    }

                    if (DataReady("control") > 0 && Recv("control") is ShutdownSignal signal)
                    {
                        Send(signal, "signal");
                        yield break;
                    }

                    if (!AnyReady())
                    {
                        Pause();
                    }

                    yield return null;
                }
            }
        }

        """;

    private static string Sieve(int number) => $$"""
        /// <summary>Lets multiples through and logs the rest; its modulus can be changed while it runs.</summary>
        [Inbox<int>("inbox", "numbers")]
        [Inbox<string>("config", "a new modulus, as that many characters")]
        [Inbox("control")]
        [Outbox<int>("outbox", "the numbers that pass")]
        {{RenamedBoxMarker}}"what was dropped")]
        [Outbox("signal")]
        public partial class {{Name(5, number)}} : Component
        {
            private int _modulus = 2;

            [Handles("inbox")]
            void OnNumber(int number)
            {
                if (number % _modulus == 0)
                {
                    Outbox.Send(number);
                }
                else
                {
                    Send("dropped " + number.ToString(CultureInfo.InvariantCulture), "log");
                }
            }

            [Handles("config")]
            void OnConfig(string modulus) => _modulus = Math.Max(1, modulus.Length);
        }

        """;

    private static string Shout(int number) => $$"""
        /// <summary>Shouts each line, more loudly each time, and calms down when it stops.</summary>
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        public partial class {{Name(6, number)}} : Component
        {
            private int _shouted;

            [Handles("inbox")]
            void OnLine(string line)
            {
                _shouted++;
                Outbox.Send(line.ToUpperInvariant() + new string('!', _shouted % 3));
            }

            partial void OnShutdown() => _shouted = 0;
        }

        """;

    private static string Chain(int number, string measure, string format, string shout) => $$"""
        /// <summary>A composite written by hand: its children linked with typed and by-name links.</summary>
        [Inbox<string>("inbox")]
        [Inbox("control")]
        [Outbox<string>("outbox")]
        [Outbox("signal")]
        public partial class {{Name(7, number)}} : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var measure = new {{measure}}();
                var format = new {{format}}();
                var shout = new {{shout}}();
                Link(Inbox, measure.Inbox);
                Link(measure.Outbox, format.Inbox);
                Link(format.Outbox, shout.Inbox);
                Link(shout.Outbox, Outbox);
                Link(Control, measure.Control);
                Link((measure, "signal"), (format, "control"));
                Link((format, "signal"), (shout, "control"));
                Link(shout.Signal, Signal);
                AddChildren(measure, format, shout);
                yield return new NewComponent(measure, format, shout);
                while (!ChildrenDone())
                {
                    Pause();
                    yield return null;
                }
            }
        }

        """;

    private static string Diagram(int number, string measure, string format) => $$"""
        /// <summary>A declared graph: the generator writes its wiring.</summary>
        [Graphline]
        [Inbox<string>("inbox")] [Inbox("control")] [Outbox<string>("outbox")] [Outbox("signal")]
        [Link("self", "inbox", nameof(Length), "inbox")]
        [Link(nameof(Length), "outbox", nameof(Label), "inbox")]
        [Link(nameof(Label), "outbox", "self", "outbox")]
        [Link("self", "control", nameof(Length), "control")]
        [Link(nameof(Length), "signal", nameof(Label), "control")]
        [Link(nameof(Label), "signal", "self", "signal")]
        public partial class {{Name(8, number)}} : Component
        {
            public {{measure}} Length { get; } = new();

            public {{format}} Label { get; } = new();
        }

        """;

    private static string Line(int number, string relay, string tally, string accumulator) => $$"""
        /// <summary>A composite around a Pipeline, forwarding its own boxes in and out.</summary>
        [Inbox("inbox")] [Inbox("control")] [Outbox("outbox")] [Outbox("signal")]
        public partial class {{Name(9, number)}} : Component
        {
            protected override IEnumerable<object?> Main()
            {
                var pipeline = new Pipeline(new {{relay}}(), new {{tally}}(), new {{accumulator}}());
                Link((this, "inbox"), (pipeline, "inbox"), Passthrough.Inward);
                Link((this, "control"), (pipeline, "control"), Passthrough.Inward);
                Link((pipeline, "outbox"), (this, "outbox"), Passthrough.Outward);
                Link((pipeline, "signal"), (this, "signal"), Passthrough.Outward);
                AddChildren(pipeline);
                yield return new NewComponent(pipeline);
                while (!ChildrenDone())
                {
                    Pause();
                    yield return null;
                }
            }
        }

        """;
}
