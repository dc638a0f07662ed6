import Kernel
/// Placeholder; the reports arrive with Foundation II.
public enum Reports {}
