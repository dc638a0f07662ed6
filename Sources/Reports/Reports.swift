import Kernel

/// Namespace for the text and JSON renderings of a `Snapshot` (see `PsReport`, `TopReport`).
public enum Reports {}
