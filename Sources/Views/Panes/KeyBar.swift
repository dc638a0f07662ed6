import Reports

/// The htop-style function-key bar, generated from the key table.
public enum KeyBar {
  /// `F1Help F3Search …`, key names and labels in their roles.
  public static func line() -> Line {
    var spans: [Span] = []
    for (n, label) in KeyTable.fkeys {
      spans.append(Span("F\(n)", .keybarKey))
      spans.append(Span(Pad.left(label, 7), .keybar))
    }
    return Line(spans, fill: .keybar)
  }
}
